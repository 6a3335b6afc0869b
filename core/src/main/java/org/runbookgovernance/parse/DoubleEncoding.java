package org.runbookgovernance.parse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.runbookgovernance.model.Mojibake;

/**
 * Finds UTF-8 that was decoded as Windows-1252 (or Latin-1) and saved again as UTF-8: {@code âœ…} for
 * {@code ✅}, {@code ðŸ“‹} for {@code 📋}, {@code Ã©} for {@code é}. A run counts when its characters, turned
 * back into single bytes, form valid multi-byte UTF-8.
 */
final class DoubleEncoding {

    /** Windows-1252 characters for bytes 0x80-0x9F; the five undefined bytes decode as C1 controls. */
    private static final String CP1252_HIGH =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private DoubleEncoding() {
    }

    /** The first double-encoded run on the line, if any. */
    static Optional<Mojibake> find(String line, int lineNumber) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) < 0xC2) {
                continue; // cheap skip: every lead byte is 0xC2-0xF4 and maps to itself
            }
            int length = sequenceAt(line, i);
            if (length == 0) {
                continue;
            }
            int end = i + length;
            for (int more = sequenceAt(line, end); more > 0; more = sequenceAt(line, end)) {
                end += more;
            }
            String sample = line.substring(i, end);
            byte[] bytes = new byte[sample.length()];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) byteOf(sample.charAt(k));
            }
            return Optional.of(new Mojibake(lineNumber, sample, new String(bytes, StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** Length in chars of a double-encoded UTF-8 sequence starting at {@code i}, or 0. */
    private static int sequenceAt(String line, int i) {
        if (i >= line.length()) {
            return 0;
        }
        int lead = byteOf(line.charAt(i));
        int count;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 4;
        } else {
            return 0;
        }
        if (i + count > line.length()) {
            return 0;
        }
        for (int k = 1; k < count; k++) {
            int b = byteOf(line.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        int second = byteOf(line.charAt(i + 1));
        // the strict UTF-8 ranges: no overlong forms, no surrogates, nothing above U+10FFFF
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
            return 0;
        }
        return count;
    }

    /** The single byte a character stands for in Windows-1252/Latin-1, or -1 (ASCII counts as -1 here). */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        int index = CP1252_HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
