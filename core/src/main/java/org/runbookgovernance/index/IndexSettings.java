package org.runbookgovernance.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;

/**
 * The config's {@code index:} section: how the generated index looks.
 *
 * <pre>
 * index:
 *   path: README.md                    # the index document with markers (default: the first index document)
 *   categories:
 *     "Database Issues": {title: "Database Issues (P0-P2)"}
 *   symptom_order: [RB-001, RB-003]    # "By Symptom" order; the rest follow by id
 *   sections:
 *     core_framework: ["**&#47;*FRAMEWORK*.md"]  # guides listed under "Core Framework"; other guides are quick reference
 *     templates: ["**"]                # order of templates: by first matching glob, then path
 *     quick_reference: ["**"]          # order of quick-reference guides, likewise
 *   base_url: https://github.com/org/runbooks/blob/main/   # absolute runbook URLs in JSON
 *   docs_base_url: https://example.com/docs/rules/        # where rule docs live, for the dashboard
 *   findings_per_rule: 50              # findings the dashboard lists per rule; the JSON report keeps all
 * </pre>
 *
 * @param indexPath      the index document to write, when configured
 * @param categoryTitles heading per category name, replacing "Name (P-range)"
 * @param symptomOrder   runbooks whose symptoms come first, in this order
 * @param coreFramework  globs of guides listed under "Core Framework" (and their order)
 * @param templateOrder  order of templates
 * @param guideOrder     order of quick-reference guides
 * @param baseUrl        prefix for absolute runbook URLs
 * @param docsBaseUrl    prefix for rule docs pages (default: relative {@code docs/rules/})
 * @param findingsPerRule how many findings of one rule the dashboard lists before "and K more"
 */
public record IndexSettings(Optional<String> indexPath, Map<String, String> categoryTitles, List<RunbookId> symptomOrder,
                            List<Glob> coreFramework, List<Glob> templateOrder, List<Glob> guideOrder,
                            Optional<String> baseUrl, Optional<String> docsBaseUrl, int findingsPerRule) {

    public static final String SECTION = "index";
    public static final int FINDINGS_PER_RULE = 50;

    public static final IndexSettings DEFAULT = new IndexSettings(Optional.empty(), Map.of(), List.of(),
            List.of(Glob.of("**/*FRAMEWORK*.md")), List.of(Glob.of("**")), List.of(Glob.of("**")),
            Optional.empty(), Optional.empty(), FINDINGS_PER_RULE);

    private static final Set<String> KEYS = Set.of("path", "categories", "symptom_order", "sections", "base_url",
            "docs_base_url", "findings_per_rule");

    public IndexSettings {
        categoryTitles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categoryTitles));
        symptomOrder = List.copyOf(symptomOrder);
        coreFramework = List.copyOf(coreFramework);
        templateOrder = List.copyOf(templateOrder);
        guideOrder = List.copyOf(guideOrder);
        if (findingsPerRule < 0) {
            throw new IllegalArgumentException("findingsPerRule must be >= 0: " + findingsPerRule);
        }
    }

    /** Reads {@code index:}; a wrong key or type is bad input naming the config file. */
    public static IndexSettings from(Config config) {
        Map<String, Object> section = config.section(SECTION);
        String source = config.source();
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                throw bad(source, "unknown key `index." + key + "`; expected one of " + new java.util.TreeSet<>(KEYS));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Object categories = section.get("categories");
        if (categories != null) {
            for (Map.Entry<String, Object> e : map(categories, "index.categories", source).entrySet()) {
                Object v = e.getValue();
                if (v instanceof String s) {
                    titles.put(e.getKey(), s);
                } else {
                    Object title = map(v, "index.categories." + e.getKey(), source).get("title");
                    if (title != null) {
                        titles.put(e.getKey(), String.valueOf(title));
                    }
                }
            }
        }
        List<RunbookId> order = new ArrayList<>();
        for (String id : strings(section.get("symptom_order"), "index.symptom_order", source)) {
            order.add(RunbookId.of(id));
        }
        List<Glob> core = DEFAULT.coreFramework;
        List<Glob> templates = DEFAULT.templateOrder;
        List<Glob> guides = DEFAULT.guideOrder;
        Object sections = section.get("sections");
        if (sections != null) {
            Map<String, Object> s = map(sections, "index.sections", source);
            for (String key : s.keySet()) {
                if (!Set.of("core_framework", "templates", "quick_reference").contains(key)) {
                    throw bad(source, "unknown key `index.sections." + key
                            + "`; expected core_framework, templates or quick_reference");
                }
            }
            core = globs(s, "core_framework", core, source);
            templates = globs(s, "templates", templates, source);
            guides = globs(s, "quick_reference", guides, source);
        }
        return new IndexSettings(text(section.get("path")), titles, order, core, templates, guides,
                text(section.get("base_url")), text(section.get("docs_base_url")),
                count(section.get("findings_per_rule"), source));
    }

    /** {@code findings_per_rule}: a whole number, 0 to list none (the summaries still count them). */
    private static int count(Object v, String source) {
        if (v == null) {
            return FINDINGS_PER_RULE;
        }
        if (v instanceof Integer n && n >= 0) {
            return n;
        }
        throw bad(source, "`index.findings_per_rule` must be a whole number of 0 or more, not `" + v
                + "`; for example `findings_per_rule: 50`");
    }

    private static List<Glob> globs(Map<String, Object> m, String key, List<Glob> fallback, String source) {
        return m.containsKey(key) ? strings(m.get(key), "index.sections." + key, source).stream().map(Glob::of).toList()
                : fallback;
    }

    private static Optional<String> text(Object v) {
        return v == null || String.valueOf(v).isBlank() ? Optional.empty() : Optional.of(String.valueOf(v).strip());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v, String what, String source) {
        if (!(v instanceof Map<?, ?>)) {
            throw bad(source, "`" + what + "` must be a map");
        }
        return (Map<String, Object>) v;
    }

    private static List<String> strings(Object v, String what, String source) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw bad(source, "`" + what + "` must be a string or a list of strings");
    }

    private static BadInputException bad(String source, String message) {
        return new BadInputException(SourcePosition.file(source), message);
    }
}
