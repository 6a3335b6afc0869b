package org.runbookgovernance.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class JoinedTest {

    @Test
    void givesTheResult() {
        assertThat(Joined.join(CompletableFuture.supplyAsync(() -> "done"))).isEqualTo("done");
    }

    @Test
    void rethrowsWhatTheTaskThrewUnwrapped() {
        UncheckedIOException io = new UncheckedIOException(new IOException("disk"));
        assertThatThrownBy(() -> Joined.join(CompletableFuture.supplyAsync(() -> {
            throw io;
        }))).isSameAs(io);
        StackOverflowError error = new StackOverflowError("deep");
        assertThatThrownBy(() -> Joined.join(CompletableFuture.failedFuture(error))).isSameAs(error);
    }

    @Test
    void aCheckedFailureStaysWrapped() {
        IOException checked = new IOException("checked");
        assertThatThrownBy(() -> Joined.join(CompletableFuture.failedFuture(checked)))
                .isInstanceOf(CompletionException.class).hasCause(checked);
    }
}
