package org.runbookgovernance.config;

import java.util.List;
import java.util.Map;
import org.runbookgovernance.model.ReviewPolicy;

/**
 * Everything {@code .runbook-governance.yml} says, with defaults that fit the sample repository when the
 * file is absent. Sections owned by one package (alerts, branch, index) stay raw maps here and are read
 * by that package, so adding a setting touches one place.
 *
 * @param source    where the config came from, for messages ("defaults" when there is no file)
 * @param documents which files are runbooks, index, templates, guides, incident reports
 * @param review    the review policy
 * @param rules     per-rule settings by rule id
 * @param waivers   suppressions written in the config
 * @param sections  the remaining top-level sections, by name
 */
public record Config(String source, DocumentGlobs documents, ReviewPolicy review, Map<String, RuleSettings> rules,
                     List<Waiver> waivers, Map<String, Map<String, Object>> sections) {

    public static final String FILE_NAME = ".runbook-governance.yml";

    public static final Config DEFAULT = new Config("defaults", DocumentGlobs.DEFAULT, ReviewPolicy.DEFAULT,
            Map.of(), List.of(), Map.of());

    public Config {
        rules = Map.copyOf(rules);
        waivers = List.copyOf(waivers);
        sections = Map.copyOf(sections);
    }

    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /** A top-level section such as {@code alerts:}; empty when absent. */
    public Map<String, Object> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }

    public Config withDocuments(DocumentGlobs newDocuments) {
        return new Config(source, newDocuments, review, rules, waivers, sections);
    }

    public Config withSection(String name, Map<String, Object> values) {
        Map<String, Map<String, Object>> copy = new java.util.HashMap<>(sections);
        copy.put(name, Map.copyOf(values));
        return new Config(source, documents, review, rules, waivers, copy);
    }
}
