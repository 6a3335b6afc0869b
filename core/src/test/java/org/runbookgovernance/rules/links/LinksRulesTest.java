package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.Docs;
import org.runbookgovernance.rules.Rule;

class LinksRulesTest {

    static Stream<Rule> rules() {
        return LinksRules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleIsInItsGroupAndDocumented(Rule rule) throws IOException {
        assertThat(rule.id()).startsWith("links/");
        assertThat(rule.summary()).isNotBlank();
        Docs.assertDocumented(rule);
    }

    @Test
    void idsAreUnique() {
        assertThat(LinksRules.all().stream().map(Rule::id)).doesNotHaveDuplicates();
    }
}
