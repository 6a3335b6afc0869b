package org.runbookgovernance.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A review to write into a runbook: the day it happened, the day the next one is due, and who did it.
 *
 * @param on       the new Last Review
 * @param next     the new Next Review: {@code on} plus the runbook's interval
 * @param reviewer the new Reviewed By, when one is given
 */
public record Review(LocalDate on, LocalDate next, Optional<String> reviewer) {

    public Review {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
