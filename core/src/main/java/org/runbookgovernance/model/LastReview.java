package org.runbookgovernance.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a runbook was last reviewed and who says so: its own Last Review line, or, for a runbook with no
 * review date, git (its last substantive commit, see {@link GitFacts#lastSubstantiveChange()}).
 *
 * @param date   the day of the review
 * @param source where the date comes from
 * @param commit the commit it was read from; empty for a declared date
 */
public record LastReview(LocalDate date, Source source, Optional<String> commit) {

    /** Where a review date comes from, as the JSON report's {@code reviewSource} names it. */
    public enum Source {
        METADATA,
        GIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LastReview {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    public static LastReview declared(LocalDate date) {
        return new LastReview(date, Source.METADATA, Optional.empty());
    }

    public static LastReview fromGit(LocalDate date, String commit) {
        return new LastReview(date, Source.GIT, Optional.of(commit));
    }

    public boolean isFromGit() {
        return source == Source.GIT;
    }

    /** The commit's short id, {@code a1b2c3d}; empty for a declared date. */
    public Optional<String> shortCommit() {
        return commit.map(c -> c.substring(0, Math.min(7, c.length())));
    }
}
