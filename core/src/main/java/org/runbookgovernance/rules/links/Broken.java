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
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.alerts.RunbookResolver;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code links/broken}: a relative link or heading anchor leads nowhere. During an incident a dead "see
 * RB-005" link costs minutes. Only Markdown documents are known to the inventory, so other targets (images,
 * scripts) are not verified unless {@code check_non_markdown} is set. Hugo's {@code ref} and {@code relref}
 * shortcodes are checked as Hugo resolves them (from the page, then from the content folder); a site-absolute
 * link ({@code /runbooks/x/}) is checked through the site paths of {@code alerts.runbook_url_map}, and when no
 * entry covers such links they are not guessed at: one info finding says how many went unchecked.
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
        Unchecked unchecked = new Unchecked();
        for (Document doc : inventory.documents()) {
            checkDocument(inventory, folders, doc, checkOther, resolvedByFolder, unchecked, findings);
        }
        if (unchecked.count > 0) {
            // At the first such link, so the finding opens where the reader can see one.
            findings.report(Level.INFO, unchecked.first, null, "site-absolute links not checked: `" + unchecked.example
                    + "`" + (unchecked.count == 1 ? " names" : " and " + (unchecked.count - 1) + " more such links name")
                    + " a page of the published site, and no `alerts.runbook_url_map` entry says which folder the site "
                    + "is published from; add one, e.g. `\"/\": \"content\"` or `\"https://runbooks.example.com/\": "
                    + "\"content\"`, to have them checked.");
        }
    }

    /** Site-absolute links no map entry covers: how many, and the first, for the one info finding. */
    private static final class Unchecked {
        int count;
        String example;
        SourcePosition first;

        void add(String link, SourcePosition position) {
            if (count++ == 0) {
                example = link;
                first = position;
            }
        }
    }

    private static void checkDocument(Inventory inventory, Folders folders, Document doc, boolean checkOther,
            Map<String, Map<String, Target>> resolvedByFolder, Unchecked unchecked, Findings findings) {
        List<Link> shortcodes = doc.shortcodeLinks();
        for (int i = 0; i < shortcodes.size(); i++) {
            String message = shortcodeProblem(inventory, doc, shortcodes.get(i));
            if (message != null) {
                RunbookId runbook = inventory.runbookAt(doc.path()).map(Runbook::id).orElse(null);
                findings.report(doc.position(shortcodes.get(i).line()), runbook, message);
            }
        }
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
            String message = problem(inventory, folders, doc, link, checkOther, resolved, unchecked);
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
    private static String problem(Inventory inventory, Folders folders, Document doc, Link link,
            boolean checkOther, Map<String, Target> resolvedInFolder, Unchecked unchecked) {
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
        Optional<Resolution> site = pathPart.charAt(0) == '/'
                ? RunbookResolver.of(inventory).resolveSitePath(RepositoryPaths.decode(pathPart)) : Optional.empty();
        if (site.isPresent() && site.get().resolved()) {
            Document page = inventory.document(site.get().runbookPath().orElseThrow()).orElseThrow();
            return anchor.isEmpty() ? null : anchorProblem(page, anchor, "`" + page.path() + "`");
        }
        Target cached = resolvedInFolder.computeIfAbsent(pathPart, p -> {
            Optional<String> resolved = RepositoryPaths.resolveLink(doc.path(), p);
            return new Target(resolved, resolved.isEmpty() ? null : inventory.document(resolved.get()).orElse(null));
        });

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
        if (site.isPresent()) {
            if (isSection(inventory, RunbookResolver.of(inventory).sitePathSources(RepositoryPaths.decode(pathPart)))) {
                return null;
            }
            if (isSitePage(path) || isMarkdown(path)) {
                return "broken link: " + site.get().detail() + "; fix the link, or the "
                        + "`alerts.runbook_url_map` entry if the site is published from elsewhere.";
            }
        } else if (pathPart.charAt(0) == '/' && isSitePage(path)) {
            unchecked.add(written, doc.position(link.line()));
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
     * A Hugo {@code ref}/{@code relref} target, resolved as Hugo does: from the page's folder, then from the
     * content folder (the nearest {@code content/} above the page, else the root), then, for a bare file name,
     * by that name anywhere; pages are found as the site publishes them (no {@code .md}, {@code _index.md}).
     */
    private static String shortcodeProblem(Inventory inventory, Document doc, Link link) {
        String written = link.target();
        int hash = written.indexOf('#');
        String pathPart = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? "" : RepositoryPaths.decode(written.substring(hash + 1));
        if (pathPart.isEmpty()) {
            return anchor.isEmpty() ? null : anchorProblem(doc, anchor, "this document");
        }
        RunbookResolver resolver = RunbookResolver.of(inventory);
        String contentRoot = contentRoot(doc.path());
        List<String> tried = new ArrayList<>(2);
        if (pathPart.startsWith("/")) {
            RepositoryPaths.normalize(contentRoot + pathPart).ifPresent(tried::add);
        } else {
            RepositoryPaths.normalize(RepositoryPaths.folderOf(doc.path()) + pathPart).ifPresent(tried::add);
            RepositoryPaths.normalize(contentRoot + pathPart).filter(p -> !tried.contains(p)).ifPresent(tried::add);
        }
        Optional<String> found = Optional.empty();
        for (int i = 0; i < tried.size() && found.isEmpty(); i++) {
            found = resolver.findPage(tried.get(i));
        }
        if (found.isEmpty() && pathPart.indexOf('/') < 0) {
            found = byFileName(inventory, pathPart);
        }
        if (found.isPresent()) {
            Document target = inventory.document(found.get()).orElseThrow();
            return anchor.isEmpty() ? null : anchorProblem(target, anchor, "`" + target.path() + "`");
        }
        if (tried.stream().anyMatch(p -> inventory.config().documents().kindOf(withMarkdown(p)) == null)) {
            return null; // where it would be is not scanned, so its absence proves nothing
        }
        return "broken link: Hugo ref `" + written + "` finds no page; looked for `" + String.join("` and `", tried)
                + "` (as the site publishes them); fix the path or remove the link.";
    }

    /** The folder Hugo resolves {@code /x} refs from: up to the nearest {@code content/} above the page, else the root. */
    static String contentRoot(String path) {
        String folder = RepositoryPaths.folderOf(path);
        int at = ("/" + folder).lastIndexOf("/content/");
        return at < 0 ? "" : folder.substring(0, at + "content/".length());
    }

    /** The one document whose file name is {@code name} (with or without {@code .md}), ignoring case. */
    private static Optional<String> byFileName(Inventory inventory, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String withMd = wanted.endsWith(".md") ? wanted : wanted + ".md";
        for (Document d : inventory.documents()) {
            String file = d.path().substring(d.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (file.equals(withMd)) {
                return Optional.of(d.path());
            }
        }
        return Optional.empty();
    }

    private static String withMarkdown(String path) {
        return isMarkdown(path) ? path : path + ".md";
    }

    /** True when one of the folders holds scanned documents: a static site lists a section there. */
    private static boolean isSection(Inventory inventory, List<String> folders) {
        Set<String> lower = inventory.derived(LowerCaseFolders.class, LowerCaseFolders::of).paths();
        return folders.stream().anyMatch(f -> lower.contains(f.toLowerCase(Locale.ROOT)));
    }

    /** {@link Folders}, lower-cased: sites publish paths in lower case. */
    private record LowerCaseFolders(Set<String> paths) {
        static LowerCaseFolders of(Inventory inventory) {
            Set<String> out = new HashSet<>();
            for (String folder : inventory.derived(Folders.class, Folders::of).paths()) {
                out.add(folder.toLowerCase(Locale.ROOT));
            }
            return new LowerCaseFolders(out);
        }
    }

    /** A page of a published site rather than a file: no extension in its last segment. */
    private static boolean isSitePage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.indexOf('.') < 0;
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
        for (String html : target.htmlAnchors()) {
            if (html.equalsIgnoreCase(wanted)) {
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
