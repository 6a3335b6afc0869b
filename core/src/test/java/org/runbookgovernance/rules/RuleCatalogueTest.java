package org.runbookgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Rule ids are a public contract: every registered rule is unique, well-named and documented. */
class RuleCatalogueTest {

    static Stream<Rule> rules() {
        return RuleRegistry.standard().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasAGroupSlashNameIdAndADocsPage(Rule rule) throws Exception {
        assertThat(rule.id()).matches("[a-z]+/[a-z]+(-[a-z]+)*");
        assertThat(rule.summary()).isNotBlank().doesNotEndWith(".");
        assertThat(Character.isLowerCase(rule.summary().charAt(0))).as("summary of %s starts lower case", rule.id())
                .isTrue();
        Docs.assertDocumented(rule);
    }

    /** A rule class without {@code <Class>Test} beside it fails here, so no rule goes untested. */
    @Test
    void everyRuleClassHasATestClassOfItsOwn() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        rules().forEach(rule -> classes.add(rule.getClass()));
        List<String> untested = classes.stream().map(c -> c.getName() + "Test").filter(name -> !onClassPath(name))
                .toList();
        assertThat(untested).as("test classes missing for rule classes").isEmpty();
    }

    @Test
    void ruleClassNamesAreUniqueAcrossGroups() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = rules().map(Rule::getClass).distinct().map(Class::getSimpleName)
                .filter(name -> !seen.add(name)).toList();
        assertThat(repeated).isEmpty();
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, RuleCatalogueTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The faces pass these to the renderers: each rule's own summary. */
    @Test
    void summariesAreEveryRuleByIdInIdOrder() {
        RuleRegistry registry = RuleRegistry.standard();
        Map<String, String> summaries = registry.summaries();

        assertThat(summaries.keySet()).containsExactlyElementsOf(rules().map(Rule::id).sorted().toList());
        assertThat(summaries).containsEntry("freshness/overdue", registry.rule("freshness/overdue").orElseThrow()
                .summary());
        registry.rules().forEach(rule -> assertThat(summaries).containsEntry(rule.id(), rule.summary()));
        assertThat(registry.onlyGroups(List.of("links")).summaries()).containsOnlyKeys("links/broken");
    }

    @Test
    void idsAreUnique() {
        List<String> ids = rules().map(Rule::id).toList();
        Set<String> seen = new HashSet<>();
        assertThat(ids.stream().filter(id -> !seen.add(id)).toList()).isEmpty();
    }
}
