package org.runbookgovernance.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.model.SourcePosition;

/**
 * The {@code alerts:} section of {@code .runbook-governance.yml}, with CLI additions folded in.
 *
 * <pre>
 * alerts:
 *   rule_files: ["alerts/**&#47;*.yml", "alerts/**&#47;*.yaml"]   # globs relative to the repository root
 *   runbook_url_map:                                           # base URL or site path -> repository folder
 *     "https://github.com/org/runbooks/blob/main/": "."
 *     "/runbooks/": "content/runbooks"                         # site-absolute links in the runbooks
 *   runbook_annotations: [runbook_url, runbook]                # first one set wins
 *   runbook_labels: [runbook_url, runbook]                     # read when no annotation carries one
 *   require_runbook_for: [critical]                            # severity labels or P-levels; "*" = every alert
 *   severity_map: {critical: P0-P1, high: P1-P2, warning: P2-P3, info: P3}
 *   use_index_table: true                                      # read the index's "By Alert Name" table
 * </pre>
 *
 * @param ruleGlobs          rule-file globs relative to the repository root
 * @param urlMap             base URL, or site path starting with '/', to repository folder ("." is the root)
 * @param runbookAnnotations annotation keys holding the runbook reference, in order of preference
 * @param requireRunbookFor  severity labels or P-levels whose alerts must carry a runbook reference
 * @param severityMap        severity label (lower case) to the P-range it stands for
 * @param useIndexTable      whether the index's "By Alert Name" table is an alert source
 * @param runbookLabels      label keys holding the runbook reference when no annotation does, in order of preference
 */
public record AlertSettings(List<String> ruleGlobs, Map<String, String> urlMap, List<String> runbookAnnotations,
                            List<String> requireRunbookFor, Map<String, String> severityMap, boolean useIndexTable,
                            List<String> runbookLabels) {

    public static final String SECTION = "alerts";
    public static final String RULE_FILES = "rule_files";
    public static final String URL_MAP = "runbook_url_map";
    public static final String ANNOTATIONS = "runbook_annotations";
    public static final String LABELS = "runbook_labels";
    public static final String REQUIRE = "require_runbook_for";
    public static final String SEVERITY_MAP = "severity_map";
    public static final String USE_INDEX_TABLE = "use_index_table";

    public static final List<String> DEFAULT_RULE_GLOBS = List.of("alerts/**/*.yml", "alerts/**/*.yaml");
    public static final List<String> DEFAULT_ANNOTATIONS = List.of("runbook_url", "runbook");
    public static final List<String> DEFAULT_LABELS = List.of("runbook_url", "runbook");
    public static final List<String> DEFAULT_REQUIRE = List.of("critical");
    /** Paging alerts are incidents (P0-P1); warnings are tickets (P2-P3). */
    public static final Map<String, String> DEFAULT_SEVERITY_MAP = orderedMap(
            "critical", "P0-P1", "high", "P1-P2", "warning", "P2-P3", "info", "P3");

    public static final AlertSettings DEFAULT = new AlertSettings(DEFAULT_RULE_GLOBS, Map.of(), DEFAULT_ANNOTATIONS,
            DEFAULT_REQUIRE, DEFAULT_SEVERITY_MAP, true, DEFAULT_LABELS);

    private static final Set<String> KEYS = Set.of(RULE_FILES, URL_MAP, ANNOTATIONS, LABELS, REQUIRE, SEVERITY_MAP,
            USE_INDEX_TABLE);

    public AlertSettings {
        ruleGlobs = List.copyOf(ruleGlobs);
        urlMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(urlMap));
        runbookAnnotations = List.copyOf(runbookAnnotations);
        runbookLabels = List.copyOf(runbookLabels);
        requireRunbookFor = requireRunbookFor.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        Map<String, String> sev = new LinkedHashMap<>();
        severityMap.forEach((k, v) -> sev.put(k.toLowerCase(Locale.ROOT), v));
        severityMap = java.util.Collections.unmodifiableMap(sev);
    }

    /** As the canonical constructor, with the default {@code runbook_labels}. */
    public AlertSettings(List<String> ruleGlobs, Map<String, String> urlMap, List<String> runbookAnnotations,
                         List<String> requireRunbookFor, Map<String, String> severityMap, boolean useIndexTable) {
        this(ruleGlobs, urlMap, runbookAnnotations, requireRunbookFor, severityMap, useIndexTable, DEFAULT_LABELS);
    }

    /**
     * Reads {@code config.section("alerts")} and adds the CLI's rule globs and URL mappings (a CLI mapping
     * replaces a configured one for the same base URL). A wrong value is a {@link BadInputException} naming
     * the config file and the key.
     */
    public static AlertSettings from(Config config, List<String> extraRuleGlobs, Map<String, String> extraUrlMap) {
        String file = "defaults".equals(config.source()) ? Config.FILE_NAME : config.source();
        Map<String, Object> section = config.section(SECTION);
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                throw bad(file, key, "unknown key `alerts." + key + "`; expected one of "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        List<String> globs = new ArrayList<>(section.containsKey(RULE_FILES)
                ? strings(section.get(RULE_FILES), file, RULE_FILES) : DEFAULT_RULE_GLOBS);
        for (String g : globs) {
            Optional<String> mistake = Glob.mistake(g);
            if (mistake.isPresent()) {
                throw bad(file, RULE_FILES, mistake.get());
            }
        }
        for (String g : extraRuleGlobs) {
            Optional<String> mistake = Glob.mistake(g);
            if (mistake.isPresent()) {
                throw new BadInputException(SourcePosition.file("--rules"), mistake.get());
            }
            if (!globs.contains(g)) {
                globs.add(g);
            }
        }
        Map<String, String> urls = new LinkedHashMap<>(urlMap(section.get(URL_MAP), file));
        extraUrlMap.forEach((base, dir) -> urls.put(checkedBase(base, file), checkedDir(dir, file, base)));
        List<String> annotations = section.containsKey(ANNOTATIONS)
                ? strings(section.get(ANNOTATIONS), file, ANNOTATIONS) : DEFAULT_ANNOTATIONS;
        List<String> labels = section.containsKey(LABELS) ? strings(section.get(LABELS), file, LABELS) : DEFAULT_LABELS;
        List<String> require = section.containsKey(REQUIRE)
                ? strings(section.get(REQUIRE), file, REQUIRE) : DEFAULT_REQUIRE;
        Map<String, String> severities = section.containsKey(SEVERITY_MAP)
                ? severityMap(section.get(SEVERITY_MAP), file) : DEFAULT_SEVERITY_MAP;
        boolean useIndex = true;
        if (section.containsKey(USE_INDEX_TABLE)) {
            Object v = section.get(USE_INDEX_TABLE);
            if (v instanceof Boolean b) {
                useIndex = b;
            } else if ("true".equals(String.valueOf(v)) || "false".equals(String.valueOf(v))) {
                useIndex = Boolean.parseBoolean(String.valueOf(v));
            } else {
                throw bad(file, USE_INDEX_TABLE, "`alerts." + USE_INDEX_TABLE + "` must be true or false, not `"
                        + v + "`");
            }
        }
        return new AlertSettings(globs, urls, annotations, require, severities, useIndex, labels);
    }

    /**
     * Folds CLI values into a raw {@code alerts:} section so that rules, which read only the config, see
     * them: rule globs are added to the configured ones (or to the defaults), URL mappings replace the
     * configured mapping for the same base.
     */
    public static Map<String, Object> mergeIntoSection(Map<String, Object> section, List<String> ruleGlobs,
                                                       Map<String, String> urlMap) {
        Map<String, Object> merged = new LinkedHashMap<>(section);
        if (!ruleGlobs.isEmpty()) {
            List<String> globs = new ArrayList<>(section.containsKey(RULE_FILES)
                    ? strings(section.get(RULE_FILES), Config.FILE_NAME, RULE_FILES) : DEFAULT_RULE_GLOBS);
            ruleGlobs.stream().filter(g -> !globs.contains(g)).forEach(globs::add);
            merged.put(RULE_FILES, List.copyOf(globs));
        }
        if (!urlMap.isEmpty()) {
            Map<String, String> urls = new LinkedHashMap<>(urlMap(section.get(URL_MAP), Config.FILE_NAME));
            urlMap.forEach((base, dir) -> urls.put(checkedBase(base, Config.FILE_NAME),
                    checkedDir(dir, Config.FILE_NAME, base)));
            merged.put(URL_MAP, java.util.Collections.unmodifiableMap(urls));
        }
        return merged;
    }

    /** Parses one {@code --runbook-url-map URL=DIR} value; the split is at the last '='. */
    public static Map.Entry<String, String> parseUrlMapping(String text) {
        int eq = text == null ? -1 : text.lastIndexOf('=');
        if (eq <= 0) {
            throw new BadInputException(null, "`" + text + "` is not a URL mapping; expected URL=DIR, e.g. "
                    + "https://github.com/org/runbooks/blob/main/=.");
        }
        String base = text.substring(0, eq).strip();
        String dir = text.substring(eq + 1).strip();
        return Map.entry(checkedBase(base, "--runbook-url-map"), checkedDir(dir, "--runbook-url-map", base));
    }

    /** The P-range a severity label stands for; empty for labels the map does not know. */
    public Optional<Severity> priorityOf(String severityLabel) {
        String range = severityMap.get(severityLabel.toLowerCase(Locale.ROOT));
        return range == null ? Optional.empty() : Severity.parse(range);
    }

    /**
     * True when alerts with this severity label (or none) must carry a runbook reference, as
     * {@link RequiredSeverities} decides; a rule walking many alerts makes one of those instead.
     */
    public boolean requiresRunbook(Optional<String> severityLabel) {
        return new RequiredSeverities(this).requires(severityLabel);
    }

    private static Map<String, String> urlMap(Object node, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String base = String.valueOf(e.getKey());
                out.put(checkedBase(base, file), checkedDir(e.getValue() == null ? "" : String.valueOf(e.getValue()),
                        file, base));
            }
            return out;
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                Map.Entry<String, String> e;
                try {
                    e = parseUrlMapping(String.valueOf(o));
                } catch (BadInputException ex) {
                    throw bad(file, URL_MAP, "`alerts." + URL_MAP + "` entry `" + o + "` is not URL=DIR");
                }
                out.put(e.getKey(), e.getValue());
            }
            return out;
        }
        throw bad(file, URL_MAP, "`alerts." + URL_MAP + "` must map base URLs to folders, e.g. "
                + "{\"https://github.com/org/runbooks/blob/main/\": \".\"}");
    }

    private static String checkedBase(String base, String file) {
        String b = base.strip();
        String lower = b.toLowerCase(Locale.ROOT);
        if (b.startsWith("/") && !b.startsWith("//")) {
            return b; // a site path: links such as /runbooks/x/ are published from the folder
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw bad(file, URL_MAP, "`" + base + "` is not a base URL; expected one starting with https://, or a "
                    + "site path starting with /");
        }
        return b;
    }

    private static String checkedDir(String dir, String file, String base) {
        String d = dir.strip().replace('\\', '/');
        if (d.isEmpty()) {
            d = ".";
        }
        if (d.startsWith("/") || d.matches("^[A-Za-z]:.*") || List.of(d.split("/")).contains("..")) {
            throw bad(file, URL_MAP, "folder `" + dir + "` for `" + base
                    + "` must be relative to the repository root and stay inside it");
        }
        return d;
    }

    private static Map<String, String> severityMap(Object node, String file) {
        if (!(node instanceof Map<?, ?> m)) {
            throw bad(file, SEVERITY_MAP, "`alerts." + SEVERITY_MAP + "` must map severity labels to P-ranges, "
                    + "e.g. {critical: P0-P1, warning: P2-P3}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String range = String.valueOf(e.getValue());
            if (Severity.parse(range).isEmpty()) {
                throw bad(file, SEVERITY_MAP, "`" + range + "` for severity label `" + e.getKey()
                        + "` is not a P-range; expected P0, P1, P2, P3 or a range such as P0-P1");
            }
            out.put(String.valueOf(e.getKey()), range);
        }
        return out;
    }

    private static List<String> strings(Object node, String file, String key) {
        if (node instanceof String s) {
            return List.of(s);
        }
        if (node instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof String) && !(o instanceof Number)) {
                    throw bad(file, key, "`alerts." + key + "` must be a list of strings");
                }
                out.add(String.valueOf(o));
            }
            return out;
        }
        throw bad(file, key, "`alerts." + key + "` must be a string or a list of strings");
    }

    private static BadInputException bad(String file, String key, String message) {
        return new BadInputException(SourcePosition.file(file), message + " (key `alerts." + key + "`)");
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
