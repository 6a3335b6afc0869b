package org.runbookgovernance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.runbookgovernance.rules.alerts.AlertsRules;
import org.runbookgovernance.rules.branch.BranchRules;
import org.runbookgovernance.rules.freshness.FreshnessRules;
import org.runbookgovernance.rules.governance.GovernanceRules;
import org.runbookgovernance.rules.index.IndexRules;
import org.runbookgovernance.rules.input.InputRules;
import org.runbookgovernance.rules.links.LinksRules;
import org.runbookgovernance.rules.metadata.MetadataRules;
import org.runbookgovernance.rules.structure.StructureRules;

/** Every rule the engine knows, by group; plain code, no scanning of the class path. */
public final class RuleRegistry {

    private final List<Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleRegistry standard() {
        List<Rule> all = new ArrayList<>();
        all.addAll(InputRules.all());
        all.addAll(MetadataRules.all());
        all.addAll(StructureRules.all());
        all.addAll(LinksRules.all());
        all.addAll(FreshnessRules.all());
        all.addAll(AlertsRules.all());
        all.addAll(BranchRules.all());
        all.addAll(IndexRules.all());
        all.addAll(GovernanceRules.all());
        return new RuleRegistry(all);
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Each rule's one-line summary by id, in id order: what SARIF and JUnit list as the rules checked. */
    public Map<String, String> summaries() {
        Map<String, String> summaries = new TreeMap<>();
        rules.forEach(rule -> summaries.put(rule.id(), rule.summary()));
        return summaries;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules whose group is one of {@code groups}; all of them when {@code groups} is empty. */
    public RuleRegistry onlyGroups(List<String> groups) {
        if (groups.isEmpty()) {
            return this;
        }
        return new RuleRegistry(rules.stream().filter(r -> groups.contains(r.group())).toList());
    }
}
