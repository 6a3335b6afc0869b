package org.runbookgovernance.rules.links;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        for (Document doc : inventory.documents()) {
            RunbookId runbook = inventory.runbookAt(doc.path()).map(Runbook::id).orElse(null);
            for (Link link : doc.links()) {
                problem(inventory, doc, link, checkOther)
                        .ifPresent(message -> findings.report(doc.position(link.line()), runbook, message));
            }
        }
    }

    private static Optional<String> problem(Inventory inventory, Document doc, Link link, boolean checkOther) {
        String written = link.target().strip();
        if (written.startsWith("<") && written.endsWith(">")) {
            written = written.substring(1, written.length() - 1).strip();
        }
        if (written.isEmpty() || link.isExternal() || SCHEME.matcher(written).matches()) {
            return Optional.empty();
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
            return anchor.isEmpty() ? Optional.empty() : anchorProblem(doc, anchor, "this document");
        }
        Optional<String> resolved = RepositoryPaths.resolveLink(doc.path(), pathPart);
        if (resolved.isEmpty()) {
            return Optional.of("link leaves the repository: `" + written + "` climbs above the repository root;"
                    + " link to a file inside the repository or use a full URL.");
        }
        String path = resolved.get();
        Optional<Document> target = inventory.document(path);
        if (target.isPresent()) {
            return anchor.isEmpty() ? Optional.empty()
                    : anchorProblem(target.get(), anchor, "`" + target.get().path() + "`");
        }
        if (isFolder(inventory, path)) {
            return Optional.empty();
        }
        boolean markdown = isMarkdown(path);
        if (!markdown && !checkOther) {
            return Optional.empty();
        }
        if (inventory.config().documents().kindOf(path) == null) {
            return Optional.empty(); // excluded from the scan, so its absence proves nothing
        }
        Optional<String> otherCase = inventory.documents().stream().map(Document::path)
                .filter(p -> p.equalsIgnoreCase(path)).findFirst();
        if (otherCase.isPresent()) {
            return Optional.of("broken link: `" + written + "` does not exist; the file is `" + otherCase.get()
                    + "` (paths are case-sensitive), so fix the path's case.");
        }
        return Optional.of("broken link: `" + written + "` does not exist; fix the path or remove the link.");
    }

    private static Optional<String> anchorProblem(Document target, String anchor, String where) {
        String wanted = anchor.toLowerCase(Locale.ROOT);
        // GitHub's line anchors (#L10, #L10-L20) are not headings but they do work.
        if (LINE_ANCHOR.matcher(wanted).matches()) {
            return Optional.empty();
        }
        // Anchors are written in lower case already: the exact comparison settles nearly every link.
        boolean found = target.headings().stream().anyMatch(h -> h.anchor().equals(wanted)
                || h.anchor().toLowerCase(Locale.ROOT).equals(wanted));
        if (found) {
            return Optional.empty();
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
        return Optional.of("broken anchor: `#" + anchor + "` is not a heading in " + where + "; " + tail);
    }

    /** A link to a folder works on GitHub when the folder holds scanned documents. */
    private static boolean isFolder(Inventory inventory, String path) {
        return inventory.derived(Folders.class, Folders::of).paths().contains(path);
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

    private static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }
}
