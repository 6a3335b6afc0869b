package org.runbookgovernance.adopt;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.parse.DocumentParser;

/**
 * Whether the repository keeps a runbook index, and where: a page with the markers {@code index --write} fills,
 * else a README or index page that links at least two runbooks and at least half of those in its folder and
 * below, as the index rules judge a hand-kept index. {@code reasons}: why each page is one, by path.
 */
public record IndexDetection(Map<String, String> reasons) {

    /** A line that begins a generated region, as {@code index --write} reads it (IndexMarkers). */
    private static final Pattern MARKER = Pattern.compile(
            "[ \\t]{0,3}<!--[ \\t]*runbook-governance:begin[ \\t]+[A-Za-z0-9_-]+[ \\t]*-->[ \\t]*");
    /** Fewer runbook links than this is prose that mentions a runbook, not a list of them. */
    static final int MIN_ENTRIES = 2;
    private static final Set<String> INDEX_NAMES = Set.of("readme.md", "index.md");

    public IndexDetection {
        reasons = java.util.Collections.unmodifiableMap(new TreeMap<>(reasons));
    }

    /** {@code runbooks}: the pages found to be runbooks; none of them is an index. */
    public static IndexDetection of(RepositorySurvey survey, Set<String> runbooks) {
        Map<String, String> reasons = new TreeMap<>();
        for (String path : survey.markdown()) {
            if (runbooks.contains(path)) {
                continue;
            }
            if (hasMarkers(survey.lines(path))) {
                reasons.put(path, path + " has the markers `index --write` fills");
                continue;
            }
            if (!INDEX_NAMES.contains(RepositorySurvey.name(path).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> linked = linkedRunbooks(survey, path, runbooks);
            long under = runbooks.stream().filter(r -> isUnder(path, r)).count();
            if (linked.size() >= MIN_ENTRIES && 2L * linked.size() >= under) {
                reasons.put(path, path + " links " + linked.size() + " of the " + under + " runbooks "
                        + (RepositorySurvey.folder(path).isEmpty() ? "in the repository"
                        : "under " + RepositorySurvey.folder(path) + "/"));
            }
        }
        return new IndexDetection(reasons);
    }

    public Set<String> indexes() {
        return new TreeSet<>(reasons.keySet());
    }

    /** A marker line outside fenced code: a page that shows the markers in a code block is no index. */
    static boolean hasMarkers(java.util.List<String> lines) {
        String fence = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                String mark = t.substring(0, 3);
                fence = fence == null ? mark : fence.equals(mark) ? null : fence;
            } else if (fence == null && MARKER.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> linkedRunbooks(RepositorySurvey survey, String path, Set<String> runbooks) {
        Set<String> linked = new TreeSet<>();
        byte[] content;
        try {
            content = Files.readAllBytes(survey.root().resolve(path));
        } catch (IOException e) {
            return linked;
        }
        Document page = DocumentParser.parse(path, DocumentKind.INDEX, content).document().orElse(null);
        if (page == null) {
            return linked;
        }
        for (Link link : page.links()) {
            if (!link.isExternal()) {
                RepositoryPaths.resolveLink(path, link.target()).filter(runbooks::contains).ifPresent(linked::add);
            }
        }
        return linked;
    }

    /** Whether {@code runbook} is in the folder of {@code index} or below it. */
    private static boolean isUnder(String index, String runbook) {
        String folder = RepositorySurvey.folder(index);
        return folder.isEmpty() || runbook.startsWith(folder + "/");
    }
}
