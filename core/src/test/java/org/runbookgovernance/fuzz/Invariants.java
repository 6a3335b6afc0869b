package org.runbookgovernance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parse.ParsedFile;

/** What must hold for any input, however hostile: the checks every fuzz target shares. */
final class Invariants {

    private Invariants() {
    }

    /** Lines the bytes hold when read as text: LF, CRLF and lone CR each end one. */
    static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    static int lineCount(String text) {
        return lineCount(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A position names the file it is about and a line that exists in it (0 = the whole file). */
    static void positionInside(SourcePosition position, String path, int lines) {
        assertThat(position.path()).isEqualTo(path);
        assertThat(position.line()).isBetween(0, Math.max(lines, 1));
    }

    /** A parse depends on the bytes alone: the same file read again gives the same document and problems. */
    static void sameOnEveryParse(ParsedFile first, ParsedFile again) {
        assertThat(again.document()).isEqualTo(first.document());
        assertThat(again.problems()).isEqualTo(first.problems());
    }

    /** Every line a parse reports (problems, metadata, headings, links) lies inside the file. */
    static void parsedInside(ParsedFile parsed, String path, byte[] content) {
        int lines = lineCount(content);
        for (Problem p : parsed.problems()) {
            positionInside(p.position(), path, lines);
            assertThat(p.message()).isNotBlank();
        }
        parsed.document().ifPresent(doc -> documentInside(doc, path, lines));
    }

    private static void documentInside(Document doc, String path, int lines) {
        assertThat(doc.path()).isEqualTo(path);
        assertThat(doc.lineCount()).isBetween(0, lines);
        assertThat(doc.titleLine()).isBetween(0, lines);
        for (MetadataEntry e : doc.metadata()) {
            assertThat(e.line()).isBetween(0, lines);
        }
        for (Heading h : doc.headings()) {
            assertThat(h.line()).isBetween(1, lines);
        }
        for (Link l : doc.links()) {
            assertThat(l.line()).isBetween(1, lines);
        }
        doc.suppressions().forEach(s -> positionInside(s.position(), path, lines));
    }

    /** A path a finding or resolution names stays inside the repository: relative, no climbing. */
    static void repositoryRelative(String path) {
        assertThat(path).doesNotStartWith("/");
        assertThat(List.of(path.split("/"))).doesNotContain("..");
    }
}
