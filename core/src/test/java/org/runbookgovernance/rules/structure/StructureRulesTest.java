package org.runbookgovernance.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.Rule;

class StructureRulesTest {

    static Stream<Rule> rules() {
        return StructureRules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleIsInItsGroupAndDocumented(Rule rule) throws IOException {
        assertThat(rule.id()).startsWith("structure/");
        assertThat(rule.summary()).isNotBlank();
        Docs.assertDocumented(rule);
    }

    @Test
    void idsAreUnique() {
        assertThat(StructureRules.all().stream().map(Rule::id)).doesNotHaveDuplicates();
    }
}
