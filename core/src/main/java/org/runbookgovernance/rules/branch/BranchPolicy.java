package org.runbookgovernance.rules.branch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.rules.PatternExample;

/**
 * The branch convention from the config's {@code branch:} section: the name pattern, the branches exempt
 * from it, and the template of the suggestion shown when a name is wrong.
 *
 * @param pattern the whole branch name must match it
 * @param exempt  names or {@code *} globs ({@code *} spans '/') that are never checked
 * @param example the suggestion's template; {@code {id}} and {@code {slug}} are replaced
 */
public record BranchPolicy(Pattern pattern, List<String> exempt, String example) {

    public static final String DEFAULT_PATTERN = "runbook/RB-\\d{3}-[a-z0-9-]+";
    public static final List<String> DEFAULT_EXEMPT = List.of("main", "master", "release/*", "dependabot/*",
            "renovate/*");
    public static final String DEFAULT_EXAMPLE = "runbook/{id}-{slug}";
    public static final BranchPolicy DEFAULT = new BranchPolicy(Pattern.compile(DEFAULT_PATTERN), DEFAULT_EXEMPT,
            DEFAULT_EXAMPLE);

    public BranchPolicy {
        exempt = List.copyOf(exempt);
    }

    /** Reads {@code branch: {pattern, exempt, example}}; a pattern that does not compile keeps the default. */
    public static BranchPolicy from(Config config) {
        Map<String, Object> section = config.section("branch");
        Pattern pattern = DEFAULT.pattern();
        if (section.get("pattern") instanceof String p && !p.isBlank()) {
            try {
                pattern = Pattern.compile(p.strip());
            } catch (PatternSyntaxException e) {
                pattern = DEFAULT.pattern(); // config validation reports it; the check still runs
            }
        }
        List<String> exempt = DEFAULT_EXEMPT;
        Object e = section.get("exempt");
        if (e instanceof List<?> list) {
            exempt = list.stream().map(String::valueOf).toList();
        } else if (e instanceof String s) {
            exempt = List.of(s);
        }
        String example = section.get("example") instanceof String x && !x.isBlank() ? x.strip() : DEFAULT_EXAMPLE;
        return new BranchPolicy(pattern, exempt, example);
    }

    public boolean matches(String branch) {
        return pattern.matcher(branch).matches();
    }

    public boolean isExempt(String branch) {
        for (String glob : exempt) {
            List<String> parts = List.of(glob.strip().split("\\*", -1));
            String regex = String.join(".*", parts.stream().map(Pattern::quote).toList());
            if (branch.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A branch name for a change to this runbook that the pattern accepts: the example template filled with the
     * id as written, lower-cased or made a slug; else one built from the pattern itself; empty when neither
     * matches, and the advice then quotes the pattern.
     */
    public Optional<String> suggestion(RunbookId id, Optional<String> title) {
        String slug = title.map(BranchPolicy::slug).filter(s -> !s.isEmpty()).orElse("short-description");
        String written = id.value().replaceAll("\\s+", "-");
        for (String candidate : new String[] {written, written.toLowerCase(Locale.ROOT), slug(written)}) {
            if (!candidate.isEmpty()) {
                String name = example.replace("{id}", candidate).replace("{slug}", slug);
                if (matches(name)) {
                    return Optional.of(name);
                }
            }
        }
        return PatternExample.of(pattern, slug);
    }

    /** The template filled in, whether or not the pattern accepts it; {@link #suggestion} is what advice shows. */
    public String example(RunbookId id, Optional<String> title) {
        String slug = title.map(BranchPolicy::slug).filter(s -> !s.isEmpty()).orElse("short-description");
        return example.replace("{id}", id.value()).replace("{slug}", slug);
    }

    /** A branch name the pattern accepts when no runbook is known, e.g. {@code runbook/RB-001-short-description}. */
    public Optional<String> suggestion() {
        return PatternExample.of(pattern, "short-description");
    }

    /** "Service Completely Down" → "service-completely-down", at most six words. */
    static String slug(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length && i < 6; i++) {
            if (!words[i].isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "-").append(words[i]);
            }
        }
        return sb.toString();
    }
}
