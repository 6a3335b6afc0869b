package org.runbookgovernance.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

/** Raw bytes to text: refuses binary files and invalid UTF-8, drops a UTF-8 byte order mark. */
final class Content {

    private Content() {
    }

    /** Either the decoded text or the problem that makes the file unusable. */
    record Decoded(String text, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Decoded decode(String path, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, new Problem(ProblemIds.BINARY, new SourcePosition(path, lineAt(bytes, i)),
                        "binary file skipped: `" + path + "` contains NUL bytes, so it is not Markdown; "
                                + "remove it, rename it to a non-Markdown extension, or add it to `documents.exclude`."));
            }
        }
        int start = hasBom(bytes) ? 3 : 0;
        // Fast path: the lenient String decoder turns bad bytes into U+FFFD, so a result without one was
        // valid UTF-8. Only a file with U+FFFD (bad bytes, or one written on purpose) is decoded strictly.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(lenient, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = lineAt(bytes, bad);
            return new Decoded(null, new Problem(ProblemIds.ENCODING, new SourcePosition(path, line),
                    String.format("invalid UTF-8: `%s` has the byte 0x%02X on line %d that is not valid UTF-8; "
                            + "re-save the file as UTF-8.", path, bytes[bad] & 0xFF, line)));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** 1-based line of a byte offset; lines end at '\n' (a CRLF file counts the same). */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
