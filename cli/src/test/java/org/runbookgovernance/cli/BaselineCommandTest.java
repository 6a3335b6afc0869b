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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/** A repository with hundreds of findings adopted with {@code baseline}, then changed as a team would. */
class BaselineCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final int RUNBOOKS = 120;

    @TempDir
    Path repo;

    private ByteArrayOutputStream out;

    /** Every runbook overdue, without sections, with a broken link: about four findings each. */
    @BeforeEach
    void repositoryWithHundredsOfFindings() throws IOException {
        for (int i = 1; i <= RUNBOOKS; i++) {
            Files.writeString(repo.resolve(name(i)), runbook(i, ""));
        }
    }

    private static String name(int i) {
        return String.format("RB-%03d-DISK-FULL.md", i);
    }

    private static String runbook(int i, String before) {
        return String.format("""
                # RB-%03d: Disk full on node %d
                %s
                **ID:** RB-%03d
                **Severity:** P2
                **Owner:** storage-team
                **Last Updated:** 2026-01-05
                **Last Review:** 2026-01-05
                **Next Review:** 2026-04-05

                Free space first, then see [the old procedure](gone-%d.md).
                """, i, i, before, i, i);
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        return Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> findings() {
        Map<String, Object> json = (Map<String, Object>) SafeYaml.load(stdout(), "report.json", 1, YamlLimits.LARGE);
        return (List<Map<String, Object>>) json.get("findings");
    }

    @SuppressWarnings("unchecked")
    private long summary(String key) {
        Map<String, Object> json = (Map<String, Object>) SafeYaml.load(stdout(), "report.json", 1, YamlLimits.LARGE);
        return ((Number) ((Map<String, Object>) json.get("summary")).get(key)).longValue();
    }

    private int check(String today) {
        return run("check", repo.toString(), "--no-git", "--today", today, "--format", "json");
    }

    @Test
    void aBaselinedRepositoryPassesUntilOneNewBrokenLinkFailsItAlone() throws IOException {
        assertThat(check("2026-12-07")).isEqualTo(1);
        int before = findings().size();
        assertThat(before).as("hundreds of findings").isGreaterThanOrEqualTo(300);

        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-07")).isZero();
        assertThat(stdout()).contains("(" + String.format("%,d", before) + " findings accepted)");
        assertThat(repo.resolve(Baseline.FILE_NAME)).exists();

        assertThat(check("2026-12-07")).isZero();
        assertThat(findings()).isEmpty();
        assertThat(summary("baselined")).isEqualTo(before);

        // A line added above the old link moves every line of the runbook: still the same findings.
        Files.writeString(repo.resolve(name(7)), runbook(7, "\nSee also [the new dashboard](dashboards/disk.md).\n"));
        assertThat(check("2026-12-07")).isEqualTo(1);
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("rule", "links/broken").containsEntry("path", name(7));
            assertThat((String) f.get("message")).contains("dashboards/disk.md");
        });
        assertThat(summary("baselined")).isEqualTo(before);
    }

    @Test
    void aBaselineFromYesterdayStillMatchesTodayAndNextWeek() {
        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-06")).isZero();
        for (String day : List.of("2026-12-06", "2026-12-07", "2026-12-14")) {
            assertThat(check(day)).as(day).isZero();
            assertThat(findings()).as(day).isEmpty();
        }
        long accepted = Baseline.read(repo.resolve(Baseline.FILE_NAME)).size();
        assertThat(run("check", repo.toString(), "--no-git", "--today", "2026-12-07")).isZero();
        assertThat(stdout()).endsWith("✓ no findings in " + RUNBOOKS + " runbooks; " + String.format("%,d", accepted)
                + " baselined findings not shown\n");
    }

    @Test
    void fixingABaselinedFindingIsReportedSoTheBaselineCanShrink() throws IOException {
        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-07")).isZero();
        Files.writeString(repo.resolve(name(3)), runbook(3, "").replace(" then see [the old procedure](gone-3.md)", ""));

        assertThat(check("2026-12-07")).as("a fixed finding is info: the build still passes").isZero();
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("rule", "governance/baseline-fixed").containsEntry("severity", "info")
                    .containsEntry("path", name(3));
            assertThat((String) f.get("message")).contains("`links/broken`", "`gone-3.md`");
        });

        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-07")).isZero();
        assertThat(check("2026-12-07")).isZero();
        assertThat(findings()).as("the rewritten baseline no longer holds it").isEmpty();
    }

    @Test
    void writingTheBaselineTwiceChangesNothingAndAnotherFileCanHoldIt() throws IOException {
        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-07")).isZero();
        String first = Files.readString(repo.resolve(Baseline.FILE_NAME));
        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-08")).isZero();
        assertThat(Files.readString(repo.resolve(Baseline.FILE_NAME))).isEqualTo(first);

        Path elsewhere = repo.resolve("ci/accepted.json");
        Files.createDirectories(elsewhere.getParent());
        assertThat(run("baseline", repo.toString(), "--no-git", "--today", "2026-12-07", "--baseline",
                elsewhere.toString())).isZero();
        Files.delete(repo.resolve(Baseline.FILE_NAME));
        assertThat(check("2026-12-07")).as("without the file nothing is baselined").isEqualTo(1);
        // The hand-read command line and picocli's read --baseline alike.
        assertThat(run("check", repo.toString(), "--no-git", "--today", "2026-12-07", "--baseline",
                elsewhere.toString())).isZero();
        assertThat(run("check", repo.toString(), "--no-git", "--today=2026-12-07", "--baseline=" + elsewhere,
                "--min-severity", "warning", "--", "--")).as("picocli reads it too").isEqualTo(2);
        assertThat(run("alerts", repo.toString(), "--no-git", "--today=2026-12-07", "--baseline=" + elsewhere,
                "-o", repo.resolve("alerts.txt").toString())).isZero();
    }

    @Test
    void aBrokenBaselineIsBadInputNamingTheFile() throws IOException {
        Files.writeString(repo.resolve(Baseline.FILE_NAME), "{\"findings\": [{\"rule\": 3}]}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", repo.toString(), "--no-git"}, new Invocation(CLOCK, Map.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(Baseline.FILE_NAME, "entry 1",
                "runbook-governance baseline");
    }
}
