package org.runbookgovernance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.SourcePosition;

class FindingOrderTest {

    /** The order as the chain of keys it is written out from: position, level, rule, message. */
    private static final Comparator<Finding> CHAIN = Comparator.comparing(Finding::position)
            .thenComparing(Finding::level)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Test
    void ordersAsTheChainOfItsKeys() {
        Random random = new Random(5);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            findings.add(new Finding("rule/" + random.nextInt(3), Level.values()[random.nextInt(Level.values().length)],
                    new SourcePosition("p" + random.nextInt(4) + ".md", random.nextInt(3)), Optional.empty(),
                    "m" + random.nextInt(3)));
        }
        for (int i = 0; i < 20_000; i++) {
            Finding a = findings.get(random.nextInt(findings.size()));
            Finding b = findings.get(random.nextInt(findings.size()));
            assertThat(Integer.signum(Finding.ORDER.compare(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(CHAIN.compare(a, b)));
        }
        assertThat(findings.stream().sorted(Finding.ORDER).toList())
                .isEqualTo(findings.stream().sorted(CHAIN).toList());
    }
}
