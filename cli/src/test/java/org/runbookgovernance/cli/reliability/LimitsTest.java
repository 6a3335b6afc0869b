package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.cli.reliability.ScratchRepository.CliRun;

/**
 * Input limits, end to end through {@code check}: each hostile file is reported with its file and line,
 * skipped, and the run finishes quickly with the usual exit code and no stack trace.
 */
class LimitsTest {

    /** Generous for a shared CI machine; a billion-laughs expansion would take minutes or run out of memory. */
    static final long FAST_MILLIS = 10_000;

    @TempDir
    Path tmp;

    ScratchRepository repo;

    @BeforeEach
    void repository() {
        repo = ScratchRepository.in(tmp);
    }

    /** Nine levels of nine aliases: 9^9 (387 million) strings once expanded. */
    static String billionLaughs(String indent) {
        StringBuilder yaml = new StringBuilder();
        yaml.append(indent).append("l0: &l0 \"lol\"\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append(indent).append("l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    /** {@code a: {a: {a: ...}}} nested {@code depth} levels, as block mappings on separate lines. */
    static String nested(int depth, String key) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append(key).append(":\n");
        }
        yaml.append("  ".repeat(depth)).append("x: 1\n");
        return yaml.toString();
    }

    @Test
    void billionLaughsFrontMatter() {
        repo.write("incidents/RB-002-LAUGHS.md", "---\nid: RB-002\n" + billionLaughs("") + "---\n# RB-002: Laughs\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        assertThat(run.stdout()).containsPattern("incidents/RB-002-LAUGHS\\.md:\\d+ +error +metadata/malformed +.*alias");
    }

    @Test
    void billionLaughsConfig() {
        repo.write(".runbook-governance.yml", "review:\n  interval: quarterly\n" + billionLaughs(""));

        CliRun run = repo.check().exits(2);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        assertThat(run.stderr()).containsPattern("\\.runbook-governance\\.yml:\\d+: invalid YAML: .*alias")
                .hasLineCount(1);
    }

    @Test
    void billionLaughsRuleFile() {
        repo.write("alerts/laughs.yml", billionLaughs("") + "groups:\n  - name: g\n    rules: *l9\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        assertThat(run.stdout()).containsPattern("alerts/laughs\\.yml:\\d+ +error +alerts/malformed-rule-file +.*alias");
    }

    @Test
    void nesting200FrontMatter() {
        repo.write("incidents/RB-002-DEEP.md", "---\nid: RB-002\n" + nested(200, "deeper") + "---\n# RB-002: Deep\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout()).containsPattern("incidents/RB-002-DEEP\\.md:\\d+ +error +metadata/malformed +(?i).*(nest|depth)");
    }

    @Test
    void nesting200Config() {
        repo.write(".runbook-governance.yml", "alerts:\n" + nested(200, "  deeper").replaceAll("(?m)^", "  "));

        CliRun run = repo.check().exits(2);

        assertThat(run.stderr()).containsPattern("\\.runbook-governance\\.yml:\\d+: invalid YAML: (?i).*(nest|depth)")
                .hasLineCount(1);
    }

    @Test
    void nesting200RuleFile() {
        repo.write("alerts/deep.yml", "groups:\n" + nested(200, "  deeper").replaceAll("(?m)^", "  "));

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout()).containsPattern("alerts/deep\\.yml:\\d+ +error +alerts/malformed-rule-file +(?i).*(nest|depth)");
    }

    @Test
    void ruleFileOneMillionLevelsDeep() {
        repo.write("alerts/deep.yml", "groups: " + "[".repeat(1_000_000) + "\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        assertThat(run.stdout()).containsPattern("alerts/deep\\.yml:\\d+ +error +alerts/malformed-rule-file +(?i).*(nest|depth)");
    }

    @Test
    void markdownOf3MiB() {
        String line = "Restart the pod and watch the error rate settle back under one percent.\n";
        repo.write("incidents/RB-002-HUGE.md", "# RB-002: Huge\n\n" + line.repeat((3 << 20) / line.length() + 1));

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout()).containsPattern("incidents/RB-002-HUGE\\.md +error +input/too-large +file too large: "
                + ".*more than the 2097152-byte limit");
    }

    @Test
    void lineOf200000Characters() {
        repo.write("incidents/RB-002-WIDE.md", "# RB-002: Wide\n\n**ID:** RB-002\n" + "x".repeat(200_000) + "\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout()).containsPattern("incidents/RB-002-WIDE\\.md:4 +error +input/too-large +line too long: "
                + "line 4 .* has 200000 characters");
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = "# RB-002: Binary\n\nsome text\n\0\0\0\1\2".getBytes(StandardCharsets.UTF_8);
        repo.write("incidents/RB-002-BINARY.md", bytes);

        CliRun run = repo.check().exits(0);

        assertThat(run.stdout()).containsPattern("incidents/RB-002-BINARY\\.md:4 +warning +input/binary +binary file "
                + "skipped");
    }

    @Test
    void latin1FileIsAnEncodingFinding() {
        byte[] bytes = "# RB-002: Caf\u00e9\n\n**Owner:** \u00e9quipe r\u00e9seau\n".getBytes(StandardCharsets.ISO_8859_1);
        repo.write("incidents/RB-002-LATIN1.md", bytes);

        CliRun run = repo.check().exits(1);

        assertThat(run.stdout()).containsPattern("incidents/RB-002-LATIN1\\.md:1 +error +input/encoding +invalid UTF-8: "
                + ".*byte 0xE9 on line 1");
    }

    @Test
    void blockquotes100000Deep() {
        repo.write("incidents/RB-002-QUOTES.md", "# RB-002: Quotes\n\n" + ">".repeat(100_000) + " deep\n");

        CliRun run = repo.check().exits(1);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        // 100,000 markers need a 100,000-character line: the line limit stops it before the Markdown parser
        assertThat(run.stdout()).containsPattern("incidents/RB-002-QUOTES\\.md:3 +error +input/too-large +line too long");
    }

    @Test
    void blockquotesJustUnderTheLineLimit() {
        repo.write("incidents/RB-002-QUOTES.md", "# RB-002: Quotes\n\n**ID:** RB-002\n\n"
                + ">".repeat(99_900) + " deep [up](../RB-001-SERVICE-DOWN.md)\n");

        CliRun run = repo.check("--format", "json").exits(1);

        assertThat(run.millis()).isLessThan(FAST_MILLIS);
        // read without a stack overflow: the runbook is in the report and its metadata rules ran
        assertThat(run.stdout()).contains("\"path\": \"incidents/RB-002-QUOTES.md\"")
                .doesNotContain("input/too-large");
    }
}
