package org.runbookgovernance.index;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;

/**
 * Reading and replacing the index document. A replace goes through a temporary file in the same folder
 * and an atomic move, so a reader (or a crash) never sees half a README; the file keeps its permissions.
 */
public final class IndexFile {

    private IndexFile() {
    }

    /** The file as UTF-8 text, exactly (no newline normalisation); bad input when unreadable or not UTF-8. */
    public static String read(Path file, String shownAs) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(SourcePosition.file(shownAs), "not UTF-8 text; the index can only be "
                    + "written into a UTF-8 file");
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(shownAs), "cannot read: " + e.getMessage());
        }
    }

    /** Replaces the file's content atomically when the file system allows it, else by a plain replace. */
    public static void replace(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Replacement.write(file, out -> out.write(bytes));
    }
}
