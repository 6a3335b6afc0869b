package org.runbookgovernance.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the committed index differs from the regenerated one, as a unified diff a reviewer can apply by eye. */
public final class IndexDrift {

    private static final int CONTEXT = 3;
    /** Above this many cells the middle of the files is shown as one replaced block instead of a minimal diff. */
    private static final long MAX_CELLS = 4_000_000L;

    private IndexDrift() {
    }

    /** Empty when equal; otherwise {@code --- a/path}, {@code +++ b/path} and hunks with three lines of context. */
    public static Optional<String> unifiedDiff(String path, String current, String regenerated) {
        if (current.equals(regenerated)) {
            return Optional.empty();
        }
        List<String> a = lines(current);
        List<String> b = lines(regenerated);
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        if (edits.stream().allMatch(e -> e.op == ' ')) {
            out.append("@@ line endings or the final newline differ @@\n");
            return Optional.of(out.toString());
        }
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within 2 * CONTEXT unchanged lines.
            while (true) {
                int next = end;
                while (next < edits.size() && edits.get(next).op != ' ') {
                    next++;
                }
                int gap = next;
                while (gap < edits.size() && edits.get(gap).op == ' ') {
                    gap++;
                }
                if (gap < edits.size() && gap - next <= 2 * CONTEXT) {
                    end = gap;
                } else {
                    end = Math.min(edits.size(), next + CONTEXT);
                    break;
                }
            }
            hunk(edits.subList(start, end), out);
            i = end;
        }
        return Optional.of(out.toString());
    }

    private static void hunk(List<Edit> edits, StringBuilder out) {
        Edit first = edits.get(0);
        int aCount = 0;
        int bCount = 0;
        for (Edit e : edits) {
            aCount += e.op == '+' ? 0 : 1;
            bCount += e.op == '-' ? 0 : 1;
        }
        out.append("@@ -").append(range(first.aLine, aCount)).append(" +").append(range(first.bLine, bCount))
                .append(" @@\n");
        for (Edit e : edits) {
            out.append(e.op).append(e.text).append('\n');
        }
    }

    private static String range(int line, int count) {
        // Unified diff: an empty range names the line before it.
        int shown = count == 0 ? line - 1 : line;
        return count == 1 ? String.valueOf(shown) : shown + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Line edits: common prefix and suffix, and a longest-common-subsequence diff of the middle. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Edit(' ', a.get(i), i + 1, i + 1));
        }
        List<String> am = a.subList(prefix, a.size() - suffix);
        List<String> bm = b.subList(prefix, b.size() - suffix);
        int n = am.size();
        int m = bm.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Edit('-', am.get(i), prefix + i + 1, prefix + 1));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Edit('+', bm.get(j), prefix + n + 1, prefix + j + 1));
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = am.get(i).equals(bm.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && am.get(i).equals(bm.get(j))) {
                    out.add(new Edit(' ', am.get(i), prefix + i + 1, prefix + j + 1));
                    i++;
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    out.add(new Edit('-', am.get(i), prefix + i + 1, prefix + j + 1));
                    i++;
                } else {
                    out.add(new Edit('+', bm.get(j), prefix + i + 1, prefix + j + 1));
                    j++;
                }
            }
        }
        for (int k = suffix; k > 0; k--) {
            out.add(new Edit(' ', a.get(a.size() - k), a.size() - k + 1, b.size() - k + 1));
        }
        return out;
    }

    /** One line of the diff with its 1-based line in the old and the new text. */
    private record Edit(char op, String text, int aLine, int bLine) {
    }
}
