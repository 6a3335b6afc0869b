package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.FastPaths;
import org.runbookgovernance.model.ReaderUse;

/**
 * Golden end-to-end cases: each folder under {@code cases/} holds {@code args.txt} (one argument a line; an
 * argument {@code repo} or {@code repo/...} is resolved against the case folder), the input repository
 * {@code repo/}, the exact expected stdout ({@code expected.txt}, or {@code expected.json} for JSON output
 * whose {@code timings} values are zeroed and readers' paths masked), {@code expected-exit.txt} and, when anything
 * goes to stderr,
 * {@code expected-stderr.txt}. A case with {@code history.txt} builds {@code repo/} as a git repository commit
 * by commit ({@link CaseHistory}); a case may hold a second checkout, {@code monitoring/}, beside it. Files a
 * command writes under {@code out/} (an argument {@code out/...}) are compared with {@code expected-files/}.
 * Regenerate with {@code -Dgolden.update=true}, then read every diff. CI runs these cases a second time with
 * {@code RUNBOOK_GOVERNANCE_FAST_PATHS=off}: every reader then takes its library path, and the reports must not change.
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** The day the sample's overdue runbook was noticed; no case depends on the real date. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesTheExpectedOutputAndExitCode(String name, @TempDir Path tmp) throws IOException {
        check(name, tmp);
    }

    @Test
    void withTheFastPathsOffEveryReaderTakesItsLibraryAndTheReportsStayTheSame(@TempDir Path tmp) throws IOException {
        String before = System.getProperty(FastPaths.PROPERTY);
        System.setProperty(FastPaths.PROPERTY, "off");
        try {
            // Both have front matter, Markdown and rule files; check() also compares them with their goldens.
            for (String name : List.of("format-json", "hugo-site-links")) {
                assertReaders(name, check(name, tmp.resolve(name)), Set.of());
            }
        } finally {
            if (before == null) {
                System.clearProperty(FastPaths.PROPERTY);
            } else {
                System.setProperty(FastPaths.PROPERTY, before);
            }
        }
        assertThat(System.getProperty(FastPaths.PROPERTY)).as("the property is put back").isEqualTo(before);
    }

    /** Runs the case and compares everything it produced with its goldens; returns its stdout as written. */
    private static String check(String name, Path tmp) throws IOException {
        Path dir = CASES.resolve(name).toAbsolutePath();
        // Run on a copy outside this project's git work tree: the project's history must not leak into a case.
        Path work = tmp.resolve(name);
        if (Files.exists(dir.resolve(CaseHistory.FILE))) {
            CaseHistory.replay(dir, work);
        } else {
            copyTree(dir.resolve("repo"), work.resolve("repo"));
        }
        for (String sibling : SIBLINGS) {
            copyTree(dir.resolve(sibling), work.resolve(sibling));
        }
        List<String> args = Files.readAllLines(dir.resolve("args.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(arg -> caseRelative(arg) ? work.resolve(arg).toString() : arg)
                .toList();
        Map<String, byte[]> before = RepositoryDiff.snapshot(work.resolve("repo"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new Invocation(CLOCK, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false));

        boolean json = isJson(args);
        String raw = out.toString(StandardCharsets.UTF_8);
        if (json && raw.contains("\"timings\"")) {
            assertReaders(name, raw, FastPaths.on());
        }
        String stdout = normalise(raw, work, json);
        String stderr = normalise(err.toString(StandardCharsets.UTF_8), work, false);
        Path expectedOut = dir.resolve(json ? "expected.json" : "expected.txt");
        Path expectedErr = dir.resolve("expected-stderr.txt");
        Path expectedExit = dir.resolve("expected-exit.txt");
        Path expectedDiff = dir.resolve("expected-diff.txt");
        String diff = RepositoryDiff.between(before, RepositoryDiff.snapshot(work.resolve("repo")));
        if (UPDATE && Files.exists(expectedDiff)) {
            Files.writeString(expectedDiff, diff, StandardCharsets.UTF_8);
        }
        if (Files.exists(expectedDiff)) {
            assertThat(diff).as("changes %s made to its repository", name)
                    .isEqualTo(Files.readString(expectedDiff, StandardCharsets.UTF_8));
        }
        if (UPDATE) {
            Files.writeString(expectedOut, stdout, StandardCharsets.UTF_8);
            Files.writeString(expectedExit, exit + "\n", StandardCharsets.UTF_8);
            if (stderr.isEmpty()) {
                Files.deleteIfExists(expectedErr);
            } else {
                Files.writeString(expectedErr, stderr, StandardCharsets.UTF_8);
            }
        }

        assertThat(stdout).as("stdout of %s", name).isEqualTo(Files.readString(expectedOut, StandardCharsets.UTF_8));
        assertThat(stderr).as("stderr of %s", name)
                .isEqualTo(Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "");
        assertThat(exit).as("exit code of %s", name)
                .isEqualTo(Integer.parseInt(Files.readString(expectedExit, StandardCharsets.UTF_8).strip()));
        assertThat(stderr).as("no stack trace").doesNotContain("\tat ", "Exception in thread");
        assertWrittenFiles(name, dir.resolve("expected-files"), work.resolve("out"));
        return raw;
    }

    /**
     * The JSON report's {@code timings} says each reader took the path the switch chose ({@code fast} for those
     * in {@code fast}), none fell back without a fast path to fall from, and no fast path threw (a throw is a bug
     * the library would otherwise hide).
     */
    static void assertReaders(String name, String json, Set<ReaderUse.Reader> fast) {
        Map<String, String> paths = object(json, "readers");
        Map<String, String> fallbacks = object(json, "fallbacks");
        for (ReaderUse.Reader reader : ReaderUse.Reader.values()) {
            assertThat(paths.get(reader.key())).as("timings.readers.%s of %s", reader.key(), name)
                    .isEqualTo(fast.contains(reader) ? "\"fast\"" : "\"library\"");
            if (!fast.contains(reader)) {
                assertThat(fallbacks.get(reader.key())).as("no fast path tried, none fell back").isEqualTo("0");
            }
        }
        assertThat(object(json, "fastPathFailures")).as("timings.fastPathFailures of %s", name)
                .isEqualTo(Map.of("markdown", "0", "frontMatter", "0", "ruleFiles", "0"));
    }

    /** The members of the flat JSON object named {@code key}, values as written. */
    static Map<String, String> object(String json, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\"\\s*:\\s*\\{([^{}]*)}").matcher(json);
        assertThat(m.find()).as("`%s` in %s", key, json).isTrue();
        Map<String, String> members = new java.util.TreeMap<>();
        java.util.regex.Matcher member = java.util.regex.Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"\\w+\"|\\d+)")
                .matcher(m.group(1));
        while (member.find()) {
            members.put(member.group(1), member.group(2));
        }
        return members;
    }

    /** The files a case wrote under {@code out/}, name and text, against {@code expected-files/}. */
    private static void assertWrittenFiles(String name, Path expected, Path written) throws IOException {
        if (!Files.exists(expected) && !Files.exists(written)) {
            return;
        }
        Map<String, String> actual = texts(written);
        if (UPDATE) {
            if (Files.exists(expected)) {
                try (Stream<Path> old = Files.walk(expected)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Path target = expected.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(actual).as("files written by %s", name).isEqualTo(texts(expected));
    }

    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        if (!Files.exists(root)) {
            return texts;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                texts.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** Folders beside {@code repo/} that a case may hold: another checkout, such as the monitoring repository. */
    private static final List<String> SIBLINGS = List.of("monitoring");

    private static boolean caseRelative(String arg) {
        return List.of("repo", "monitoring", "out").stream().anyMatch(d -> arg.equals(d) || arg.startsWith(d + "/"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return; // a case about a missing repository
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static boolean isJson(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if ((args.get(i).equals("--format") || args.get(i).equals("-f")) && args.get(i + 1).equals("json")) {
                return true;
            }
        }
        return args.contains("--format=json");
    }

    /**
     * Absolute case paths become relative, timings (which vary run to run) become 0, and the readers' paths
     * (which the switch chooses; {@link #assertReaders} checks them) become {@code "fast|library"}.
     */
    static String normalise(String text, Path caseDir, boolean json) {
        // file URIs (SARIF) keep a visible absolute root; plain paths become relative to the case
        String relative = text.replace("file://" + caseDir + "/", "file:///CASE/")
                .replace(caseDir + "/", "").replace(caseDir.toString(), ".");
        if (!json) {
            return relative;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"timings\"\\s*:\\s*\\{(?:[^{}]|\\{[^{}]*})*}")
                .matcher(relative);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String timings = m.group().replaceAll(":\\s*\\d+", ": 0").replaceAll("\"(?:fast|library)\"", "\"fast|library\"");
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(timings));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
