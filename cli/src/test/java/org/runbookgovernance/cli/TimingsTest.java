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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.ReaderUse;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;

/** {@code --timings}: the block it prints, and that it leaves the report and the exit code alone. */
class TimingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void theBlockListsPhasesOutputTotalProcessMemoryAndTheSlowestRules() {
        Timings timings = new Timings(ProgressListener.NONE);
        timings.ruleFinished("links/broken", 118_400_000L);
        timings.ruleFinished("alerts/severity-mismatch", 291_000_000L);
        timings.ruleFinished("metadata/mojibake", 999_999L); // under a millisecond: left out
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("scan", 170L);
        phases.put("parse", 1047L);
        phases.put("rules", 474L);
        phases.put("total", 1691L);

        String text = timings.text(phases, 210L, OptionalLong.of(2310L), OptionalLong.of(283_560L));

        assertThat(text).isEqualTo("""
                runbook-governance: timings, wall milliseconds
                  scan                             170
                  parse                           1047
                  rules                            474
                  output                           210
                  total                           1901
                  since the process started       2310
                  peak memory (MiB)                277
                runbook-governance: slowest rules, wall milliseconds (rules run side by side)
                  alerts/severity-mismatch         291
                  links/broken                     118
                """);
    }

    @Test
    void withoutProcessFiguresOrRulesOnlyThePhasesArePrinted() {
        String text = new Timings(ProgressListener.NONE).text(Map.of("scan", 3L, "total", 3L), 1L,
                OptionalLong.empty(), OptionalLong.empty());

        assertThat(text).isEqualTo("""
                runbook-governance: timings, wall milliseconds
                  scan                               3
                  output                             1
                  total                              4
                """);
    }

    @Test
    void theReadersFollowWithTheirFallbacksAndAFastPathFailureIsSaidOnALineOfItsOwn() {
        ReaderUse.Tally tally = new ReaderUse.Tally();
        tally.add(ReaderUse.Reader.MARKDOWN, ReaderUse.Outcome.FALLBACK);
        tally.add(ReaderUse.Reader.MARKDOWN, ReaderUse.Outcome.FALLBACK);
        tally.addRuleFiles(0, 1);
        ReaderUse counted = tally.use();
        ReaderUse readers = new ReaderUse(java.util.EnumSet.of(ReaderUse.Reader.MARKDOWN, ReaderUse.Reader.RULE_FILES),
                counted.fallbacks(),
                counted.failures());

        String text = new Timings(ProgressListener.NONE).text(Map.of("scan", 3L, "total", 3L), readers, 1L,
                OptionalLong.empty(), OptionalLong.empty());

        assertThat(text).isEqualTo("""
                runbook-governance: timings, wall milliseconds
                  scan                               3
                  output                             1
                  total                              4
                runbook-governance: readers (RUNBOOK_GOVERNANCE_FAST_PATHS=off for the libraries only)
                  markdown                      fast, 2 fell back to the library
                  frontMatter                   library
                  ruleFiles                     fast, 1 fast path failures
                runbook-governance: the fast path threw on 1 files, which the library then read; please report it \
                with the files if you can
                """);
    }

        @Test
    void atMostTheTenSlowestRulesSlowestFirstTiesByIdAndARuleTimedTwiceAddsUp() {
        Timings timings = new Timings(ProgressListener.NONE);
        for (int i = 1; i <= 12; i++) {
            timings.ruleFinished(String.format("group/rule-%02d", i), i * 1_000_000L);
        }
        timings.ruleFinished("group/rule-01", 20_000_000L);
        timings.ruleFinished("group/tie-b", 5_000_000L);
        timings.ruleFinished("group/tie-a", 5_000_000L);

        assertThat(timings.slowestRules()).containsExactly(Map.entry("group/rule-01", 21L),
                Map.entry("group/rule-12", 12L), Map.entry("group/rule-11", 11L), Map.entry("group/rule-10", 10L),
                Map.entry("group/rule-09", 9L), Map.entry("group/rule-08", 8L), Map.entry("group/rule-07", 7L),
                Map.entry("group/rule-06", 6L), Map.entry("group/rule-05", 5L), Map.entry("group/tie-a", 5L));
    }

    @Test
    void whatItHearsGoesOnToTheProgressLine() {
        List<String> heard = new CopyOnWriteArrayList<>();
        Timings timings = new Timings(new ProgressListener() {
            @Override
            public void update(String phase, int done, int total) {
                heard.add(phase + " " + done + "/" + total);
            }

            @Override
            public void ruleFinished(String ruleId, long nanos) {
                heard.add(ruleId + " " + nanos);
            }
        });

        timings.update("parse", 3, 7);
        timings.ruleFinished("links/broken", 42L);

        assertThat(heard).containsExactly("parse 3/7", "links/broken 42");
    }

    @Test
    void peakMemoryIsReadFromVmHwmAndAnythingElseLeavesItOut() throws IOException {
        Path status = tmp.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 9999 kB\nVmHWM:\t  283560 kB\nVmRSS:\t 1000 kB\n");
        assertThat(Timings.peakKib(status)).hasValue(283_560L);

        for (String odd : List.of("VmRSS:\t 1000 kB\n", "VmHWM:\t 283560 MB\n", "VmHWM:\t -5 kB\n", "VmHWM:\n",
                "VmHWM:\t 99999999999999999999 kB\n")) {
            Files.writeString(status, odd);
            assertThat(Timings.peakKib(status)).as(odd).isEmpty();
        }
        assertThat(Timings.peakKib(tmp.resolve("missing"))).isEmpty();
    }

    @Test
    void aCheckWithTimingsPrintsTheSameReportAndExitCodeAndTheBlockOnStderr() throws IOException {
        Path repo = TestRepos.overdueWithABrokenLink(tmp.resolve("repo"));
        Run without = run("check", repo.toString(), "--no-git");
        Run with = run("check", repo.toString(), "--no-git", "--timings");

        assertThat(with.exit).isEqualTo(without.exit).isEqualTo(1);
        assertThat(with.out).isEqualTo(without.out).contains("links/broken");
        assertThat(without.err).isEmpty();
        assertThat(with.err).startsWith("runbook-governance: timings, wall milliseconds\n");
        for (String phase : List.of("scan", "parse", "alerts", "rules", "report", "output", "total")) {
            assertThat(with.err).containsPattern("(?m)^  " + phase + " +\\d+$");
        }
        // The readers come last, each on the path the switch chose, none of them failing.
        String[] readers = with.err.split("runbook-governance: readers \\(.*\\)\n", -1);
        assertThat(readers).hasSize(2);
        for (ReaderUse.Reader reader : ReaderUse.Reader.values()) {
            String path = org.runbookgovernance.model.FastPaths.on(reader) ? "fast" : "library";
            assertThat(readers[1]).containsPattern("(?m)^  " + reader.key() + " +" + path + "\\b");
        }
        assertThat(readers[1]).doesNotContain("failure", "threw");
        // Rows of the rule list, if any rule took a millisecond, name real rules.
        List<String> ids = RuleRegistry.standard().rules().stream().map(Rule::id).toList();
        String[] blocks = readers[0].split("slowest rules, wall milliseconds \\(rules run side by side\\)\n", -1);
        if (blocks.length == 2) {
            for (String row : blocks[1].split("\n")) {
                assertThat(row).matches("  \\S+ +\\d+");
                assertThat(ids).contains(row.strip().split(" +")[0]);
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
