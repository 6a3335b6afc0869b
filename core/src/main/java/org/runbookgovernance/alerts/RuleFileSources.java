package org.runbookgovernance.alerts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where rule files may come from besides the repository, and which globs the user named.
 *
 * <p>A glob the user names may leave the repository: an absolute one ({@code /srv/monitoring/rules/*.yaml}) or
 * one starting with {@code ../}, which is relative to {@code workingDirectory} (the CLI's working directory, as
 * a shell would expand it). Files found so are reported under the path as the user wrote it. A named glob that
 * matches no file is an {@code alerts/rule-files-not-found} finding; the built-in defaults are not named.
 *
 * @param workingDirectory what {@code ../} globs are relative to
 * @param named            each glob the user named, with where it was named ({@code --rules},
 *                         {@code alerts.rule_files})
 */
public record RuleFileSources(Path workingDirectory, Map<String, String> named) {

    public RuleFileSources {
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** Nothing named; {@code ../} globs relative to {@code root}. */
    public static RuleFileSources none(Path root) {
        return new RuleFileSources(root, Map.of());
    }

    /** True for a glob that names a place outside the repository: absolute, or starting with {@code ../}. */
    public static boolean outside(String glob) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        return g.startsWith("/") || g.startsWith("../") || g.equals("..") || g.matches("^[A-Za-z]:[/\\\\].*");
    }
}
