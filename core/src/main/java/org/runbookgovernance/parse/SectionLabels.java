package org.runbookgovernance.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataSource;

/**
 * Reads a page of section runbooks ({@code documents.runbook_sections}): the page's own metadata is its
 * front matter and the label lines above its first section; each section's is the label lines directly under
 * its heading, before anything else (blank lines and comments aside). Label-like lines further down a section
 * are prose.
 */
public final class SectionLabels {

    private SectionLabels() {
    }

    /** Parses the file as {@link DocumentParser#parse(ScannedFile)} does, with the page's metadata as above. */
    public static ParsedFile parse(ScannedFile file, int level) {
        byte[] content;
        try {
            content = FileBytes.read(file.file());
        } catch (IOException | RuntimeException e) {
            return DocumentParser.parse(file); // says why it cannot be read
        }
        if (content.length > RepositoryScanner.MAX_FILE_BYTES) {
            return DocumentParser.parse(file);
        }
        return parse(file.path(), file, content, level);
    }

    private static ParsedFile parse(String path, ScannedFile file, byte[] content, int level) {
        ParsedFile parsed = DocumentParser.parse(path, file.kind(), content);
        Content.Decoded decoded = Content.decode(path, content);
        if (parsed.document().isEmpty() || !decoded.ok()) {
            return parsed;
        }
        Lines lines = Lines.of(decoded.text(), decoded.text().indexOf('\r') < 0);
        return new ParsedFile(Optional.of(withSectionLabels(parsed.document().get(), lines, level)),
                parsed.problems(), parsed.markdown(), parsed.frontMatter());
    }

    static Document withSectionLabels(Document page, Lines lines, int level) {
        int firstSection = page.headings().stream().filter(h -> h.level() == level).mapToInt(Heading::line)
                .findFirst().orElse(Integer.MAX_VALUE);
        List<MetadataEntry> metadata = new ArrayList<>();
        for (MetadataEntry e : page.metadata()) {
            if (e.source() == MetadataSource.FRONT_MATTER || e.line() < firstSection) {
                metadata.add(e);
            }
        }
        for (Heading h : page.headings()) {
            if (h.level() == level) {
                labelsUnder(h, lines, metadata);
            }
        }
        return new Document(page.path(), page.kind(), page.title(), page.titleLine(), metadata, page.headings(),
                page.links(), page.suppressions(), page.mojibake(), page.gaps(), page.lineCount());
    }

    /** The label lines from the heading's next line on, up to the first line that is none. */
    private static void labelsUnder(Heading h, Lines lines, List<MetadataEntry> metadata) {
        for (int i = h.line(); i < lines.size(); i++) { // index h.line() is the line after the heading
            String line = lines.get(i);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("<!--") && t.endsWith("-->")) {
                continue;
            }
            Optional<MetadataEntry> label = LabelLine.parse(line, i + 1);
            if (label.isEmpty()) {
                return;
            }
            metadata.add(label.get());
        }
    }
}
