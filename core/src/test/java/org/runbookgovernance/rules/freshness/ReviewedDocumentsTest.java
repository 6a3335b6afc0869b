package org.runbookgovernance.rules.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.rules.freshness.TestRepo.repo;
import static org.runbookgovernance.rules.freshness.TestRepo.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.rules.RandomStrings;

class ReviewedDocumentsTest {

    @Test
    void isWordAgreesWithThePatternItReplaces() {
        char[] alphabet = {'a', 'm', 'z', '-', 'A', 'Z', '0', '9', ' ', '_', '`', '{', 'é', '\n'};
        List<String> names = RandomStrings.of(alphabet, 5_000, 8, 7);
        for (String n : names) {
            assertThat(ReviewedDocuments.isWord(n)).as(n).isEqualTo(n.matches("[a-z-]+"));
        }
        assertThat(names).contains("").anyMatch(n -> n.length() > 1 && n.matches("[a-z-]+"));
    }

    @Test
    void policyNameSaysNamedAndUnnamedIntervals() {
        assertThat(ReviewedDocuments.policyName(ReviewInterval.QUARTERLY)).isEqualTo("quarterly policy");
        assertThat(ReviewedDocuments.policyName(ReviewInterval.parse("90d").orElseThrow()))
                .isEqualTo("policy of every 90d");
    }

    /** overdueDate and dueSoonDate against ReviewPolicy.stateOn, over random dates, severities and windows. */
    @Test
    void dueDatesAgreeWithTheReviewState() {
        Random random = new Random(11);
        LocalDate today = LocalDate.of(2026, 11, 26);
        String[] severities = {"P0", "P1", "P2", "P3", "P0-P1", "P2-P3", "bogus"};
        String[] intervals = {"monthly", "quarterly", "90d", "2w", "nonsense"};
        int overdue = 0;
        int soon = 0;
        for (int i = 0; i < 3_000; i++) {
            TestRepo.Doc doc = runbook(String.format("RB-%03d", i));
            if (random.nextInt(4) > 0) {
                doc.label("Severity", severities[random.nextInt(severities.length)]);
            }
            if (random.nextInt(3) > 0) {
                doc.label("Last Review", today.minusDays(random.nextInt(400)).toString());
            }
            if (random.nextInt(3) == 0) {
                doc.label("Next Review", today.plusDays(random.nextInt(120) - 60).toString());
            }
            if (random.nextInt(4) == 0) {
                doc.label("Review Interval", intervals[random.nextInt(intervals.length)]);
            }
            ReviewPolicy policy = new ReviewPolicy(ReviewInterval.QUARTERLY,
                    random.nextBoolean() ? Map.of(0, ReviewInterval.MONTHLY) : Map.of(), random.nextInt(40), 48);
            Runbook r = repo().policy(policy).add(doc).inventory().runbooks().get(0);
            ReviewState state = policy.stateOn(r, today);
            LocalDate due = policy.dueDate(r).orElse(null);

            LocalDate late = ReviewedDocuments.overdueDate(policy, r, today);
            assertThat(late).isEqualTo(state == ReviewState.OVERDUE ? due : null);
            LocalDate limit = today.plusDays(policy.dueSoonDays());
            LocalDate dueSoon = ReviewedDocuments.dueSoonDate(policy, r, today, limit);
            assertThat(dueSoon).isEqualTo(state == ReviewState.DUE_SOON ? due : null);
            overdue += late != null ? 1 : 0;
            soon += dueSoon != null ? 1 : 0;
        }
        // Both states are met often enough for the comparison to mean something.
        assertThat(overdue).isGreaterThan(300);
        assertThat(soon).isGreaterThan(100);
    }
}
