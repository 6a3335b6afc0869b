package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a command changed in a case's repository, as the lines of {@code expected-diff.txt}: per file
 * {@code --- path} / {@code +++ path}, then for each changed stretch {@code @@ line N} and the removed
 * ({@code -}) and added ({@code +}) lines, no context. Line endings other than LF are shown ({@code <CRLF>},
 * {@code <CR>}, and {@code <no newline>} for a last line without one), so a changed ending is a changed line.
 */
final class RepositoryDiff {

    private RepositoryDiff() {
    }

    /** Every file under {@code root} but {@code .git/}, by its '/' path. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(p).toString().replace('\\', '/');
                if (!path.startsWith(".git/")) {
                    files.put(path, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** The diff from {@code before} to {@code after}; empty when nothing changed. */
    static String between(Map<String, byte[]> before, Map<String, byte[]> after) {
        StringBuilder out = new StringBuilder();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            byte[] a = before.get(path);
            byte[] b = after.get(path);
            if (a != null && b != null && java.util.Arrays.equals(a, b)) {
                continue;
            }
            out.append("--- ").append(a == null ? "(none)" : path).append('\n');
            out.append("+++ ").append(b == null ? "(deleted)" : path).append('\n');
            lines(lines(a), lines(b), out);
        }
        return out.toString();
    }

    /** The text's lines, each with its ending shown when it is not LF. */
    static List<String> lines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        if (bytes == null) {
            return lines;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            } else if (c == '\r') {
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                lines.add(text.substring(start, i) + (crlf ? "<CRLF>" : "<CR>"));
                i += crlf ? 1 : 0;
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start) + "<no newline>");
        }
        return lines;
    }

    /** A longest-common-subsequence line diff: small files only, as cases are. */
    private static void lines(List<String> a, List<String> b, StringBuilder out) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        boolean inHunk = false;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
                inHunk = false;
                continue;
            }
            if (!inHunk) {
                out.append("@@ line ").append(j + 1).append('\n');
                inHunk = true;
            }
            if (j >= b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                out.append('-').append(a.get(i++)).append('\n');
            } else {
                out.append('+').append(b.get(j++)).append('\n');
            }
        }
    }
}
