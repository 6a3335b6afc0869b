package org.runbookgovernance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic documentation repository with a long history, the shape of a large public docs
 * repository: Markdown pages in {@code docs/<area>/<topic>/} folders, three in five of them imported in the
 * first commit and the rest added over the years, edited (rewrites, typo fixes, date bumps), renamed and
 * deleted, one commit in four a pull request's merge of a one-commit side branch, with a config that makes
 * every page a runbook ({@code every-page.yml}). Written as one {@code git fast-import} stream, then packed as
 * a clone's pack is; no work tree commits, so 20,000 commits take seconds.
 *
 * @param files   how many pages HEAD holds
 * @param commits how many commits the history has, merges included
 */
public record HistoryCorpus(int files, int commits) {

    static final long SEED = 20261127L;
    /** The config that makes every page a runbook: what a repository adopting the tool on its docs writes. */
    static final String EVERY_PAGE = "every-page.yml";

    private static final String[] WORDS = ("the service node request error latency budget deploy rollback "
            + "traffic region cluster alert dashboard metric upstream timeout retry queue consumer partition "
            + "cache memory thread connection certificate tenant configure install upgrade reference").split(" ");

    public String fingerprint() {
        return "history v1 seed=" + SEED + " files=" + files + " commits=" + commits;
    }

    /** Writes the repository into {@code root} (which must not exist) and checks HEAD out. */
    public void writeTo(Path root) throws IOException, InterruptedException {
        Files.createDirectories(root);
        git(root, null, "init", "-q", "-b", "main");
        Random random = new Random(SEED);
        // Half the pages in the first commit, the rest added one to three at a time over the history.
        int imported = files * 3 / 5;
        List<String> live = new ArrayList<>();
        // Per live path: the page it started as (its text follows it through renames), and its versions.
        Map<String, String> base = new HashMap<>();
        Map<String, int[]> state = new HashMap<>();
        int nextPage = 0;
        long time = 1_500_000_000L; // July 2017
        long step = (1_790_000_000L - time) / commits;
        int mark = 0;
        int mainMark = 0;
        Path stream = root.resolveSibling(root.getFileName() + ".fast-import");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 20)) {
            StringBuilder changes = new StringBuilder();
            for (int i = 0; i < imported; i++) {
                String path = pagePath(nextPage++);
                live.add(path);
                base.put(path, path);
                state.put(path, new int[5]);
                modify(changes, path, page(path, state.get(path)));
            }
            mainMark = commit(out, ++mark, "refs/heads/main", 0, 0, time, "Import the documentation", changes);
            int added = imported;
            for (int c = 1; c < commits; c++) {
                time += step / 2 + random.nextInt((int) step);
                changes.setLength(0);
                String message;
                int kind = random.nextInt(100);
                int toAdd = files - added;
                int left = commits - c;
                // Additions keep pace so that the last commit leaves HEAD with `files` pages.
                if (toAdd > 0 && (kind < 40 || toAdd >= left || c == commits - 1)) {
                    int n = c == commits - 1 ? toAdd : Math.min(toAdd, 1 + random.nextInt(toAdd >= left ? 3 : 2));
                    for (int k = 0; k < n; k++) {
                        String path = pagePath(nextPage++);
                        live.add(path);
                        base.put(path, path);
                        state.put(path, new int[5]);
                        modify(changes, path, page(path, state.get(path)));
                    }
                    added += n;
                    message = "Add " + n + " page(s)";
                } else if (kind >= 40 && kind < 42 && live.size() > 10) {
                    // A rename, the text unchanged but for its title: the page goes on under its new name.
                    String from = live.remove(random.nextInt(live.size()));
                    String to = from.replace(".md", "-moved-" + c + ".md");
                    changes.append("D ").append(from).append('\n');
                    base.put(to, base.remove(from));
                    state.put(to, state.remove(from));
                    live.add(to);
                    modify(changes, to, page(base.get(to), state.get(to)));
                    message = "Move " + from;
                } else if (kind == 42 && live.size() > files / 2) {
                    String gone = live.remove(random.nextInt(live.size()));
                    base.remove(gone);
                    state.remove(gone);
                    changes.append("D ").append(gone).append('\n');
                    added--; // one more to add, so HEAD still ends with `files` pages
                    message = "Remove " + gone;
                } else {
                    // Most edits touch recent or popular pages: the square of a uniform draw favours the first ones.
                    int edits = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
                    for (int k = 0; k < edits; k++) {
                        double u = random.nextDouble();
                        String path = live.get(live.size() - 1 - (int) (u * u * live.size()));
                        int[] versions = state.get(path);
                        versions[0]++; // the date line: alone, a typo-sized change
                        if (random.nextBoolean()) {
                            versions[1 + random.nextInt(4)]++; // a section rewritten
                        }
                        modify(changes, path, page(base.get(path), versions));
                    }
                    message = "Edit " + edits + " page(s)";
                }
                if (kind % 4 == 0 && c + 1 < commits) {
                    // A pull request merged with a merge commit: the side commit, then the merge repeating its change.
                    int side = commit(out, ++mark, "refs/heads/topic", mainMark, 0, time, message, changes);
                    time += 60;
                    c++;
                    mainMark = commit(out, ++mark, "refs/heads/main", mainMark, side, time, "Merge pull request #" + c,
                            changes);
                } else {
                    mainMark = commit(out, ++mark, "refs/heads/main", mainMark, 0, time, message, changes);
                }
            }
        }
        long t = System.nanoTime();
        git(root, stream, "fast-import", "--quiet");
        System.err.printf(Locale.ROOT, "bench: fast-import %.1f s%n", (System.nanoTime() - t) / 1e9);
        Files.delete(stream);
        git(root, null, "update-ref", "-d", "refs/heads/topic");
        // Packed as a clone's pack is (fast-import's own pack has long delta chains and no reuse).
        git(root, null, "repack", "-a", "-d", "-f", "-q", "--window=10", "--depth=50");
        System.err.printf(Locale.ROOT, "bench: fast-import and repack %.1f s%n", (System.nanoTime() - t) / 1e9);
        git(root, null, "checkout", "-q", "-f", "main");
        Files.writeString(root.resolve(EVERY_PAGE), "documents:\n  runbooks:\n    - \"**/*.md\"\n");
    }

    private static int commit(OutputStream out, int mark, String ref, int from, int merge, long time, String message,
                              CharSequence changes) throws IOException {
        StringBuilder c = new StringBuilder();
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        c.append("commit ").append(ref).append("\nmark :").append(mark)
                .append("\ncommitter Docs Bot <docs@example.com> ").append(time).append(" +0000\ndata ")
                .append(msg.length).append('\n').append(message).append('\n');
        if (from > 0) {
            c.append("from :").append(from).append('\n');
        }
        if (merge > 0) {
            c.append("merge :").append(merge).append('\n');
        }
        c.append(changes).append('\n');
        out.write(c.toString().getBytes(StandardCharsets.UTF_8));
        return mark;
    }

    /** {@code docs/<area>/<topic>/<page>.md}: 24 areas of 30 topics, some 40 pages per topic at 30,000. */
    static String pagePath(int n) {
        return String.format(Locale.ROOT, "docs/area-%02d/topic-%02d/page-%05d.md", n % 24, (n / 24) % 30, n);
    }

    /**
     * A page of about 3 KB: {@code versions[0]} numbers its date line, {@code versions[1..4]} the revisions of
     * its four sections, each section's text drawn from the page and its revision.
     */
    private static String page(String path, int[] versions) {
        StringBuilder sb = new StringBuilder(3000);
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        sb.append("# ").append(name).append("\n\nLast updated: version ").append(versions[0]).append("\n\n");
        String[] sections = {"Overview", "Before you begin", "Steps", "Troubleshooting"};
        for (int s = 0; s < sections.length; s++) {
            Random random = new Random(SEED * 31 + path.hashCode() * 7L + s * 1_000_003L + versions[1 + s]);
            sb.append("## ").append(sections[s]).append("\n\n");
            for (int p = 0; p < 3; p++) {
                for (int w = 0; w < 30; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
                }
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    private static void modify(StringBuilder changes, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        changes.append("M 100644 inline ").append(path).append("\ndata ").append(bytes.length).append('\n')
                .append(text).append('\n');
    }

    private static void git(Path root, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "gc.auto=0"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("git " + args[0] + " failed with exit code " + code);
        }
    }
}
