package org.runbookgovernance.rules.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code links/broken}: a relative link or heading anchor leads nowhere. During an incident a dead "see
 * RB-005" link costs minutes. Only Markdown documents are known to the inventory, so other targets (images,
 * scripts) are not verified unless {@code check_non_markdown} is set.
 */
public final class Broken implements Rule {

    public static final String ID = "links/broken";

    /** How many anchors a broken-anchor message lists. */
    static final int MAX_LISTED = 8;

    /** {@code javascript:}, {@code data:}, {@code file:} ... any scheme is outside what a repository holds. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");
    private static final Pattern LINE_ANCHOR = Pattern.compile("l\\d+(-l\\d+)?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "a relative link or heading anchor points at nothing";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        boolean checkOther = inventory.config().rule(ID).boolOption("check_non_markdown", false);
        // Asked for once per check, not once per link: the shared values cost a map lookup each time.
        Folders folders = inventory.derived(Folders.class, Folders::of);
        // A link resolves the same from every document in a folder, and many documents share links.
        Map<String, Map<String, Target>> resolvedByFolder = new HashMap<>();
        // The loop only hands each document on: this method runs once, so its own loop stays in the
        // interpreter, while the per-document method is compiled after a few hundred documents.
        List<Document> documents = inventory.documents();
        for (int i = 0; i < documents.size(); i++) {
            checkDocument(inventory, folders, documents.get(i), checkOther, resolvedByFolder, findings);
        }
    }

    private static void checkDocument(Inventory inventory, Folders folders, Document doc, boolean checkOther,
            Map<String, Map<String, Target>> resolvedByFolder, Findings findings) {
        List<Link> links = doc.links();
        if (links.isEmpty()) {
            return;
        }
        String folder = RepositoryPaths.folderOf(doc.path());
        Map<String, Target> resolved = resolvedByFolder.get(folder);
        if (resolved == null) {
            resolved = new HashMap<>();
            resolvedByFolder.put(folder, resolved);
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String message = problem(inventory, folders, doc, folder, link, checkOther, resolved);
            if (message != null) {
                // Looked up only for the few documents with a finding.
                RunbookId runbook = inventory.runbookContaining(doc.path(), link.line()).map(Runbook::id).orElse(null);
                findings.report(doc.position(link.line()), runbook, message);
            }
        }
    }

    /** A link target resolved from one folder: its path (empty above the root) and the document there, or null. */
    private record Target(Optional<String> path, Document document) {
    }

    /** What is wrong with the link, or null when it works (or cannot be checked here). */
    private static String problem(Inventory inventory, Folders folders, Document doc, String folder, Link link,
            boolean checkOther, Map<String, Target> resolvedInFolder) {
        String written = link.target().strip();
        if (written.startsWith("<") && written.endsWith(">")) {
            written = written.substring(1, written.length() - 1).strip();
        }
        if (written.isEmpty() || mayBeExternal(link) && link.isExternal() || hasScheme(written)) {
            return null;
        }
        int hash = written.indexOf('#');
        String pathPart = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? "" : RepositoryPaths.decode(written.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (pathPart.isEmpty()) {
            // "#" alone jumps to the top of the page; "#section" must be a heading here.
            return anchor.isEmpty() ? null : anchorProblem(doc, anchor, "this document");
        }
        // get-then-put rather than computeIfAbsent: no lambda made per link (C1 does not elide it).
        Target cached = resolvedInFolder.get(pathPart);
        if (cached == null) {
            Optional<String> resolved = LinkTargets.resolve(doc.path(), folder, pathPart);
            cached = new Target(resolved, resolved.isEmpty() ? null : inventory.document(resolved.get()).orElse(null));
            resolvedInFolder.put(pathPart, cached);
        }

        Optional<String> resolved = cached.path();
        if (resolved.isEmpty()) {
            return "link leaves the repository: `" + written + "` climbs above the repository root;"
                    + " link to a file inside the repository or use a full URL.";
        }
        String path = resolved.get();
        Document target = cached.document();
        if (target != null) {
            return anchor.isEmpty() ? null : anchorProblem(target, anchor, "`" + target.path() + "`");
        }
        if (folders.paths().contains(path)) {
            return null;
        }
        boolean markdown = isMarkdown(path);
        if (!markdown && !checkOther) {
            return null;
        }
        if (inventory.config().documents().kindOf(path) == null) {
            return null; // excluded from the scan, so its absence proves nothing
        }
        Optional<String> otherCase = inventory.derived(CaseFoldedPaths.class, CaseFoldedPaths::of).find(path);
        if (otherCase.isPresent()) {
            return "broken link: `" + written + "` does not exist; the file is `" + otherCase.get()
                    + "` (paths are case-sensitive), so fix the path's case.";
        }
        return "broken link: `" + written + "` does not exist; fix the path or remove the link.";
    }

    /**
     * False when the target starts with '.' or '#': lower-cased it still does, so none of
     * {@link Link#isExternal}'s prefixes can match, and the lower-cased copy of the target is not needed.
     */
    static boolean mayBeExternal(Link link) {
        String t = link.target();
        return t.isEmpty() || t.charAt(0) != '.' && t.charAt(0) != '#';
    }

    private static String anchorProblem(Document target, String anchor, String where) {
        String wanted = anchor.toLowerCase(Locale.ROOT);
        // GitHub's line anchors (#L10, #L10-L20) are not headings but they do work.
        if (wanted.startsWith("l") && LINE_ANCHOR.matcher(wanted).matches()) {
            return null;
        }
        // Anchors are written in lower case already: the exact comparison settles nearly every link.
        for (Heading h : target.headings()) {
            if (h.anchor().equals(wanted)) {
                return null;
            }
        }
        // Only then the lower-cased copies, which cost a string per heading.
        for (Heading h : target.headings()) {
            if (h.anchor().toLowerCase(Locale.ROOT).equals(wanted)) {
                return null;
            }
        }
        List<Heading> headings = target.headings().stream().filter(h -> h.level() >= 2).toList();
        if (headings.isEmpty()) {
            headings = target.headings();
        }
        String listed = headings.stream().limit(MAX_LISTED).map(h -> "#" + h.anchor())
                .collect(Collectors.joining(", "));
        String more = headings.size() > MAX_LISTED ? ", ..." : "";
        String tail = headings.isEmpty() ? "it has no headings, so link to the file without an anchor."
                : "headings there: " + listed + more + ".";
        return "broken anchor: `#" + anchor + "` is not a heading in " + where + "; " + tail;
    }

    /** SCHEME, tried only when it can match: most links are relative paths with no ':' after a letter. */
    private static boolean hasScheme(String written) {
        char first = written.charAt(0);
        boolean letter = first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z';
        return letter && written.indexOf(':') > 1 && SCHEME.matcher(written).matches();
    }

    /** Every folder that holds a scanned document, at any depth ("" for the root): a lookup per link. */
    private record Folders(Set<String> paths) {
        static Folders of(Inventory inventory) {
            Set<String> out = new HashSet<>();
            for (Document d : inventory.documents()) {
                out.add("");
                for (int slash = d.path().indexOf('/'); slash >= 0; slash = d.path().indexOf('/', slash + 1)) {
                    out.add(d.path().substring(0, slash));
                }
            }
            return new Folders(out);
        }
    }

    /**
     * The first document path (in inventory order) equal to a path ignoring case, as
     * {@link String#equalsIgnoreCase} decides: ASCII paths by a lower-case key, the rare non-ASCII ones
     * (where case folding is subtler, e.g. the Kelvin sign) one by one.
     */
    private record CaseFoldedPaths(Map<String, List<Integer>> asciiByKey, List<Integer> nonAscii,
            List<String> paths) {

        static CaseFoldedPaths of(Inventory inventory) {
            List<String> paths = inventory.documents().stream().map(Document::path).toList();
            Map<String, List<Integer>> byKey = new HashMap<>();
            List<Integer> nonAscii = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                String p = paths.get(i);
                if (isAscii(p)) {
                    byKey.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(i);
                } else {
                    nonAscii.add(i);
                }
            }
            return new CaseFoldedPaths(byKey, nonAscii, paths);
        }

        Optional<String> find(String path) {
            if (!isAscii(path)) {
                return paths.stream().filter(p -> p.equalsIgnoreCase(path)).findFirst();
            }
            int first = Integer.MAX_VALUE;
            for (int i : asciiByKey.getOrDefault(path.toLowerCase(Locale.ROOT), List.of())) {
                first = Math.min(first, i); // same key means equal ignoring ASCII case
            }
            for (int i : nonAscii) {
                if (i < first && paths.get(i).equalsIgnoreCase(path)) {
                    first = i;
                }
            }
            return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(paths.get(first));
        }

        private static boolean isAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }
}
