package org.runbookgovernance.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Repository-relative paths with '/': joining a folder and a relative reference, folding "." and "..", and
 * reading link targets as GitHub does. Links, alert references and index rows all resolve through here.
 */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /**
     * {@code folder} (ending in '/' or empty) joined with {@code relative}; a {@code #fragment} is kept as
     * written. When ".." climbs above the root the joined text is returned unfolded, so it resolves to nothing.
     */
    public static String join(String folder, String relative) {
        int hash = relative.indexOf('#');
        String path = hash < 0 ? relative : relative.substring(0, hash);
        String fragment = hash < 0 ? "" : relative.substring(hash);
        return normalize(folder + path).orElse(folder + path) + fragment;
    }

    /** Folds "." and ".." and doubled slashes ('\\' read as '/'); empty when the path leaves the repository. */
    public static Optional<String> normalize(String path) {
        String p = path.replace('\\', '/');
        StringBuilder out = new StringBuilder(p.length());
        for (int start = 0; start <= p.length(); ) {
            int slash = p.indexOf('/', start);
            int end = slash < 0 ? p.length() : slash;
            if (end - start == 2 && p.startsWith("..", start)) {
                if (out.length() == 0) {
                    return Optional.empty();
                }
                out.setLength(Math.max(out.lastIndexOf("/"), 0));
            } else if (end > start && !(end - start == 1 && p.charAt(start) == '.')) {
                out.append(out.length() > 0 ? "/" : "").append(p, start, end);
            }
            start = end + 1;
        }
        return Optional.of(out.toString());
    }

    /** The folder of a file path, ending in '/', or "" at the root. */
    public static String folderOf(String filePath) {
        int slash = filePath.lastIndexOf('/');
        return slash < 0 ? "" : filePath.substring(0, slash + 1);
    }

    /**
     * The repository path a Markdown link in {@code fromFile} names: query and fragment dropped, percent-escapes
     * decoded, {@code /x} read from the root as GitHub does; empty when ".." climbs above the root. The root
     * itself is "".
     */
    public static Optional<String> resolveLink(String fromFile, String target) {
        String t = target.strip();
        int cut = firstOf(t, '#', '?');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        t = decode(t);
        return t.startsWith("/") ? normalize(t) : normalize(folderOf(fromFile) + t);
    }

    /** Percent-decoding as in a URL path: {@code %20} is a space, {@code +} stays a plus, a stray '%' stays. */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
