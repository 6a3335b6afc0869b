package org.runbookgovernance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One parsed Markdown file of the repository: what every rule may know about it, without its text.
 *
 * @param path        relative to the repository root, with '/'
 * @param kind        from the config globs
 * @param title       the first H1, without Markdown
 * @param titleLine   the H1's line, 0 when there is none
 * @param metadata    every metadata entry in file order, front matter first
 * @param headings    every heading in order
 * @param links       every link and image target in order
 * @param suppressions waivers written in the file
 * @param mojibake    lines with double-encoded UTF-8
 * @param gaps        runbook gaps named by an incident report (empty for other kinds)
 * @param lineCount   number of lines
 * @param shortBody   what the document says, when it says it in a few lines: see {@link #SHORT_BODY_LINES}
 * @param htmlAnchors fragment targets other than headings: the {@code id} of HTML elements and the {@code name}
 *                    of {@code <a>} elements, as written, in order
 * @param shortcodeLinks Hugo {@code ref} and {@code relref} shortcode targets as written (path and
 *                    {@code #fragment}), with their lines; Hugo resolves them, not the browser
 */
public record Document(String path, DocumentKind kind, Optional<String> title, int titleLine,
                       List<MetadataEntry> metadata, List<Heading> headings, List<Link> links,
                       List<Suppression> suppressions, List<Mojibake> mojibake, List<RunbookGap> gaps,
                       int lineCount, Optional<String> shortBody, List<String> htmlAnchors,
                       List<Link> shortcodeLinks) {

    /**
     * The most lines a {@link #shortBody} has: the lines after the front matter that are not blank, not the
     * H1, not metadata label lines, not thematic breaks and not one-line HTML comments, joined with '\n' as
     * written. A longer document has none: a page that only points elsewhere says so in a line or two.
     */
    public static final int SHORT_BODY_LINES = 5;

    public Document {
        metadata = List.copyOf(metadata);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        suppressions = List.copyOf(suppressions);
        mojibake = List.copyOf(mojibake);
        gaps = List.copyOf(gaps);
        shortBody = shortBody == null ? Optional.empty() : shortBody;
        htmlAnchors = List.copyOf(htmlAnchors);
        shortcodeLinks = List.copyOf(shortcodeLinks);
    }

    /** A document whose body is not known to be short, without HTML anchors or shortcode links. */
    public Document(String path, DocumentKind kind, Optional<String> title, int titleLine,
                    List<MetadataEntry> metadata, List<Heading> headings, List<Link> links,
                    List<Suppression> suppressions, List<Mojibake> mojibake, List<RunbookGap> gaps, int lineCount) {
        this(path, kind, title, titleLine, metadata, headings, links, suppressions, mojibake, gaps, lineCount,
                Optional.empty(), List.of(), List.of());
    }

    /** A document without HTML anchors or shortcode links. */
    public Document(String path, DocumentKind kind, Optional<String> title, int titleLine,
                    List<MetadataEntry> metadata, List<Heading> headings, List<Link> links,
                    List<Suppression> suppressions, List<Mojibake> mojibake, List<RunbookGap> gaps, int lineCount,
                    Optional<String> shortBody) {
        this(path, kind, title, titleLine, metadata, headings, links, suppressions, mojibake, gaps, lineCount,
                shortBody, List.of(), List.of());
    }

    /** A document whose body is not known to be short. */
    public Document(String path, DocumentKind kind, Optional<String> title, int titleLine,
                    List<MetadataEntry> metadata, List<Heading> headings, List<Link> links,
                    List<Suppression> suppressions, List<Mojibake> mojibake, List<RunbookGap> gaps, int lineCount,
                    List<String> htmlAnchors, List<Link> shortcodeLinks) {
        this(path, kind, title, titleLine, metadata, headings, links, suppressions, mojibake, gaps, lineCount,
                Optional.empty(), htmlAnchors, shortcodeLinks);
    }

    /** The first entry for a normalised key, front matter before label lines. */
    public Optional<MetadataEntry> entry(String key) {
        for (MetadataEntry e : metadata) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every entry for a normalised key, in order; a loop, not a stream: asked for per runbook and field. */
    public List<MetadataEntry> entries(String key) {
        List<MetadataEntry> found = null;
        for (int i = 0; i < metadata.size(); i++) {
            MetadataEntry e = metadata.get(i);
            if (e.key().equals(key)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(e);
            }
        }
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    public boolean hasAnchor(String anchor) {
        return headings.stream().anyMatch(h -> h.anchor().equals(anchor));
    }

    public SourcePosition position(int line) {
        return new SourcePosition(path, line);
    }
}
