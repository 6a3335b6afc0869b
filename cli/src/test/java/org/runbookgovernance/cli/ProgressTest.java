package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.engine.ProgressListener;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    @Test
    void staysQuietDuringTheFirstSecond() {
        Progress progress = new Progress(err, now::get);
        now.set(900_000_000L);
        progress.update("parse", 10, 100);
        progress.finish();
        assertThat(text()).isEmpty();
    }

    @Test
    void showsPhaseAndCountsAfterASecondThenWipesTheLine() {
        Progress progress = new Progress(err, now::get);
        now.set(1_200_000_000L);
        progress.update("parse", 4_210, 10_502);
        assertThat(text()).isEqualTo("\rrunbook-governance: parse 4,210/10,502 files");
        progress.finish();
        assertThat(text()).endsWith("\r" + " ".repeat("runbook-governance: parse 4,210/10,502 files".length()) + "\r");
    }

    @Test
    void updatesAtMostTenTimesASecond() {
        Progress progress = new Progress(err, now::get);
        now.set(1_200_000_000L);
        progress.update("parse", 1, 100);
        now.set(1_250_000_000L);
        progress.update("parse", 2, 100);
        assertThat(text()).doesNotContain("2/100");
        now.set(1_350_000_000L);
        progress.update("parse", 3, 100);
        assertThat(text()).contains("3/100");
    }

    @Test
    void isOffWhenNotATerminalOrOnCi() {
        assertThat(Progress.forInvocation(invocation(Map.of(), false))).isSameAs(ProgressListener.NONE);
        assertThat(Progress.forInvocation(invocation(Map.of("CI", "true"), true))).isSameAs(ProgressListener.NONE);
        assertThat(Progress.forInvocation(invocation(Map.of(), true))).isInstanceOf(Progress.class);
    }

    private Invocation invocation(Map<String, String> env, boolean terminal) {
        return new Invocation(Clock.systemUTC(), env, System.out, err, terminal);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
