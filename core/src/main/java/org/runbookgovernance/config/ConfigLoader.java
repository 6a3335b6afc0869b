package org.runbookgovernance.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .runbook-governance.yml}. Unknown top-level keys and wrong types are errors naming the
 * file and the key's line, because a typo in a governance config silently disables governance.
 */
public final class ConfigLoader {

    private static final Set<String> CORE_SECTIONS = Set.of("documents", "review", "rules", "ignore");

    /** Sections other packages read; listed so a typo in a top-level key is caught. */
    private static final Set<String> KNOWN_SECTIONS = Set.of("alerts", "branch", "index", "git", "report",
            "structure", "incident_reports", "metadata");

    private static final long MAX_BYTES = 1 << 20;

    /** The {@code review:} section's part that is not policy, kept raw for the review package: {@code owners}. */
    public static final String REVIEW_SECTION = "review";
    public static final String OWNERS = "owners";

    private static final java.util.regex.Pattern MAIL_ADDRESS =
            java.util.regex.Pattern.compile("[^@\\s,;<>\"()\\[\\]]+@[^@\\s,;<>\"()\\[\\]]+");

    private ConfigLoader() {
    }

    /** The explicit file when given, else {@code <root>/.runbook-governance.yml} when present, else defaults. */
    public static Config load(Path root, Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new BadInputException(SourcePosition.file(explicit.toString()), "config file not found");
            }
            return read(explicit, explicit.toString());
        }
        Path implicit = root.resolve(Config.FILE_NAME);
        return Files.isRegularFile(implicit) ? read(implicit, Config.FILE_NAME) : Config.DEFAULT;
    }

    static Config read(Path file, String shownAs) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(SourcePosition.file(shownAs), "config is larger than 1 MiB");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return parse(text, shownAs);
        } catch (CharacterCodingException e) {
            throw new BadInputException(SourcePosition.file(shownAs), "config is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(shownAs), "cannot read config: " + e.getMessage());
        }
    }

    /** Parses config text; {@code shownAs} names the file in messages. */
    public static Config parse(String text, String shownAs) {
        Object loaded = SafeYaml.load(text, shownAs, 1, YamlLimits.SMALL);
        if (loaded == null) {
            return new Config(shownAs, DocumentGlobs.DEFAULT, ReviewPolicy.DEFAULT, Map.of(), List.of(), Map.of());
        }
        Lines lines = new Lines(text, shownAs);
        Map<String, Object> top = map(loaded, "the top level", lines, "");
        Map<String, Map<String, Object>> sections = new HashMap<>();
        for (Map.Entry<String, Object> e : top.entrySet()) {
            String key = e.getKey();
            if (!CORE_SECTIONS.contains(key) && !KNOWN_SECTIONS.contains(key)) {
                throw lines.error(key, "unknown setting `" + key + "`; expected one of "
                        + new java.util.TreeSet<>(union()));
            }
            if (KNOWN_SECTIONS.contains(key)) {
                sections.put(key, e.getValue() == null ? Map.of() : map(e.getValue(), "`" + key + "`", lines, key));
            }
        }
        metadata(sections.getOrDefault("metadata", Map.of()), lines);
        DocumentGlobs docs = documents(top.get("documents"), lines);
        ReviewPolicy review = review(top.get("review"), lines);
        reviewOwners(top.get("review"), lines).ifPresent(o -> sections.put(REVIEW_SECTION, Map.of(OWNERS, o)));
        Map<String, RuleSettings> rules = rules(top.get("rules"), lines);
        List<Waiver> waivers = waivers(top.get("ignore"), lines, top.containsKey("ignore") ? ignoreLines(text, shownAs)
                : List.of());
        return new Config(shownAs, docs, review, rules, waivers, sections);
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(CORE_SECTIONS);
        all.addAll(KNOWN_SECTIONS);
        return all;
    }

    private static DocumentGlobs documents(Object node, Lines lines) {
        if (node == null) {
            return DocumentGlobs.DEFAULT;
        }
        Map<String, Object> m = map(node, "`documents`", lines, "documents");
        DocumentGlobs d = DocumentGlobs.DEFAULT;
        for (String key : m.keySet()) {
            if (!Set.of("runbooks", "index", "templates", "guides", "incident_reports", "exclude", "other",
                    "runbook_sections").contains(key)) {
                throw lines.error(key, "unknown key `documents." + key + "`; expected runbooks, index, templates, "
                        + "guides, incident_reports, other, exclude or runbook_sections");
            }
        }
        return new DocumentGlobs(
                globs(m, "runbooks", d.runbooks(), lines), globs(m, "index", d.index(), lines),
                globs(m, "templates", d.templates(), lines), globs(m, "guides", d.guides(), lines),
                globs(m, "incident_reports", d.incidentReports(), lines), globs(m, "exclude", d.exclude(), lines),
                globs(m, "other", d.other(), lines), runbookSections(m.get("runbook_sections"), lines));
    }

    /** {@code runbook_sections: [{path: GLOB, level: N}]}; one mapping alone is read as a list of one. */
    private static List<SectionedPages> runbookSections(Object node, Lines lines) {
        if (node == null) {
            return List.of();
        }
        String key = "runbook_sections";
        String shape = "`documents.runbook_sections` must be a list of {path: GLOB, level: N}, "
                + "e.g. `- {path: mixin/runbook.md, level: 2}`";
        List<?> items = node instanceof List<?> l ? l : List.of(node);
        List<SectionedPages> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw lines.error(key, shape);
            }
            Map<String, Object> m = map(item, "a `runbook_sections` entry", lines, key);
            for (String k : m.keySet()) {
                if (!k.equals("path") && !k.equals("level")) {
                    throw lines.error(k, "unknown key `" + k + "` in `documents.runbook_sections`; expected path and level");
                }
            }
            if (!(m.get("path") instanceof String path) || path.isBlank()) {
                throw lines.error(key, shape + "; an entry has no `path`");
            }
            String level = String.valueOf(m.getOrDefault("level", 2)).strip();
            if (!level.matches("[1-6]")) {
                throw lines.error("level", "`" + level + "` is not a heading level; expected 1 to 6 (2 for `## AlertName`)");
            }
            out.add(new SectionedPages(glob(path, lines), Integer.parseInt(level)));
        }
        return out;
    }

    private static List<Glob> globs(Map<String, Object> m, String key, List<Glob> fallback, Lines lines) {
        if (!m.containsKey(key)) {
            return fallback;
        }
        return strings(m.get(key), key, lines).stream().map(g -> glob(g, lines)).toList();
    }

    private static Glob glob(String pattern, Lines lines) {
        Optional<String> mistake = Glob.mistake(pattern);
        if (mistake.isPresent()) {
            throw new BadInputException(new SourcePosition(lines.path, lines.lineContaining(pattern)), mistake.get());
        }
        return Glob.of(pattern);
    }

    private static ReviewPolicy review(Object node, Lines lines) {
        if (node == null) {
            return ReviewPolicy.DEFAULT;
        }
        Map<String, Object> m = map(node, "`review`", lines, "review");
        ReviewPolicy d = ReviewPolicy.DEFAULT;
        ReviewInterval interval = d.defaultInterval();
        Map<Integer, ReviewInterval> bySeverity = new HashMap<>();
        int dueSoon = d.dueSoonDays();
        int postIncident = d.postIncidentHours();
        ReviewPolicy.Undated undated = d.undated();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            switch (e.getKey()) {
                case "interval" -> interval = interval(e.getValue(), e.getKey(), lines);
                case "due_soon_days" -> dueSoon = nonNegative(e.getValue(), e.getKey(), lines);
                case "post_incident_hours" -> postIncident = nonNegative(e.getValue(), e.getKey(), lines);
                case "undated" -> undated = undated(e.getValue(), e.getKey(), lines);
                case OWNERS -> {
                    // addresses, not policy: read by reviewOwners into the `review` section
                }
                case "by_severity" -> {
                    Map<String, Object> bs = map(e.getValue(), "`review.by_severity`", lines, e.getKey());
                    for (Map.Entry<String, Object> s : bs.entrySet()) {
                        Severity sev = Severity.parse(s.getKey()).filter(x -> x.highest() == x.lowest())
                                .orElseThrow(() -> lines.error(s.getKey(), "`" + s.getKey()
                                        + "` is not a severity; expected P0, P1, P2 or P3"));
                        bySeverity.put(sev.highest(), interval(s.getValue(), s.getKey(), lines));
                    }
                }
                default -> throw lines.error(e.getKey(), "unknown key `review." + e.getKey()
                        + "`; expected interval, by_severity, due_soon_days, post_incident_hours, undated or owners");
            }
        }
        return new ReviewPolicy(interval, bySeverity, dueSoon, postIncident, undated);
    }

    /**
     * {@code review.owners}: owner or team to a mail address, or a list of them ({@code dba-team: dba@example.com});
     * an address must be one ({@code name@host}), so no value can add a line to a mail header.
     */
    private static Optional<Map<String, List<String>>> reviewOwners(Object node, Lines lines) {
        if (!(node instanceof Map<?, ?> review) || review.get(OWNERS) == null) {
            return Optional.empty();
        }
        Map<String, Object> m = map(review.get(OWNERS), "`review.owners`", lines, OWNERS);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String owner = e.getKey().strip();
            if (owner.isEmpty()) {
                throw lines.error(OWNERS, "`review.owners` has an empty owner name; write `team-name: team@example.com`");
            }
            List<String> addresses = e.getValue() == null ? List.of()
                    : strings(e.getValue(), e.getKey(), lines).stream().map(String::strip).toList();
            if (addresses.isEmpty()) {
                throw lines.error(e.getKey(), "`review.owners." + owner + "` has no address; write `" + owner
                        + ": team@example.com`, or leave the owner out");
            }
            for (String address : addresses) {
                if (!MAIL_ADDRESS.matcher(address).matches()) {
                    throw lines.error(e.getKey(), "`" + address + "` for `review.owners." + owner
                            + "` is not a mail address; expected one such as team@example.com");
                }
            }
            out.put(owner, List.copyOf(addresses));
        }
        return Optional.of(java.util.Collections.unmodifiableMap(out));
    }

    private static ReviewPolicy.Undated undated(Object value, String key, Lines lines) {
        String v = value == null ? "" : String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "git" -> ReviewPolicy.Undated.GIT;
            case "never" -> ReviewPolicy.Undated.NEVER;
            default -> throw lines.error(key, "`review.undated: " + value + "` is not a choice; expected `git` (a"
                    + " runbook with no review date is dated by its last substantive commit) or `never`");
        };
    }

    /** {@code metadata: {id_pattern}}: read by the metadata rules, checked here so a typo or a bad regex is an error. */
    private static void metadata(Map<String, Object> section, Lines lines) {
        for (Map.Entry<String, Object> e : section.entrySet()) {
            if (!e.getKey().equals("id_pattern")) {
                throw lines.error(e.getKey(), "unknown key `metadata." + e.getKey() + "`; expected id_pattern");
            }
            if (!(e.getValue() instanceof String pattern) || pattern.isBlank()) {
                throw lines.error(e.getKey(), "`metadata.id_pattern` must be a regular expression in quotes, e.g. '[A-Za-z0-9-]+'");
            }
            try {
                java.util.regex.Pattern.compile(pattern.strip());
            } catch (java.util.regex.PatternSyntaxException x) {
                throw lines.error(e.getKey(), "`metadata.id_pattern` is not a valid regular expression: "
                        + x.getDescription() + " near index " + x.getIndex() + " of `" + pattern.strip() + "`");
            }
        }
    }

    private static Map<String, RuleSettings> rules(Object node, Lines lines) {
        if (node == null) {
            return Map.of();
        }
        Map<String, RuleSettings> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(node, "`rules`", lines, "rules").entrySet()) {
            String id = e.getKey();
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                out.put(id, new RuleSettings(b, Optional.empty(), Map.of()));
                continue;
            }
            if (v instanceof String s) {
                if (s.equalsIgnoreCase("off") || s.equalsIgnoreCase("disabled")) {
                    out.put(id, new RuleSettings(false, Optional.empty(), Map.of()));
                    continue;
                }
                Level level = Level.parse(s).orElseThrow(() -> lines.error(id, "`" + s
                        + "` is not a level for " + id + "; expected error, warning, info or off"));
                out.put(id, new RuleSettings(true, Optional.of(level), Map.of()));
                continue;
            }
            Map<String, Object> m = v == null ? Map.of() : map(v, "`rules." + id + "`", lines, id);
            boolean enabled = true;
            Optional<Level> level = Optional.empty();
            Map<String, Object> options = new LinkedHashMap<>();
            for (Map.Entry<String, Object> o : m.entrySet()) {
                switch (o.getKey()) {
                    case "enabled" -> enabled = !Boolean.FALSE.equals(o.getValue())
                            && !"false".equals(String.valueOf(o.getValue()));
                    case "level", "severity" -> {
                        String lv = String.valueOf(o.getValue());
                        if (lv.equalsIgnoreCase("off")) {
                            enabled = false;
                        } else {
                            level = Optional.of(Level.parse(lv).orElseThrow(() -> lines.error(o.getKey(),
                                    "`" + lv + "` is not a level; expected error, warning, info or off")));
                        }
                    }
                    default -> options.put(o.getKey(), o.getValue());
                }
            }
            out.put(id, new RuleSettings(enabled, level, options));
        }
        return out;
    }

    /** The first line of each `ignore` entry: two waivers for one rule, or a flow-style entry, each keep their own. */
    private static List<Integer> ignoreLines(String text, String shownAs) {
        List<Node> docs = SafeYaml.composeAll(text, shownAs, YamlLimits.SMALL);
        if (docs.isEmpty() || !(docs.get(0) instanceof MappingNode top)) {
            return List.of();
        }
        for (NodeTuple t : top.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("ignore")
                    && t.getValueNode() instanceof SequenceNode items) {
                return items.getValue().stream().map(n -> n.getStartMark().getLine() + 1).toList();
            }
        }
        return List.of();
    }

    private static List<Waiver> waivers(Object node, Lines lines, List<Integer> entryLines) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list)) {
            throw lines.error("ignore", "`ignore` must be a list of {rule, paths, until, reason}");
        }
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Map<String, Object> m = map(item, "an `ignore` entry", lines, "ignore");
            Object rule = m.get("rule");
            if (rule == null) {
                throw lines.error("ignore", "an `ignore` entry has no `rule`");
            }
            int line = i < entryLines.size() ? entryLines.get(i) : lines.lineOf(String.valueOf(rule));
            List<Glob> paths = m.containsKey("paths") ? strings(m.get("paths"), "paths", lines).stream()
                    .map(g -> glob(g, lines)).toList()
                    : m.containsKey("path") ? strings(m.get("path"), "path", lines).stream().map(g -> glob(g, lines)).toList()
                    : List.of();
            Optional<LocalDate> until = Optional.empty();
            if (m.get("until") != null) {
                String u = String.valueOf(m.get("until"));
                until = Optional.of(Dates.parse(u).orElseThrow(() -> lines.error("until", "`" + u
                        + "` is not a date; expected YYYY-MM-DD")));
            }
            out.add(new Waiver(String.valueOf(rule), paths, until,
                    m.get("reason") == null ? "" : String.valueOf(m.get("reason")),
                    new SourcePosition(lines.path, line)));
        }
        return out;
    }

    private static ReviewInterval interval(Object v, String key, Lines lines) {
        String s = String.valueOf(v);
        return ReviewInterval.parse(s).orElseThrow(() -> lines.error(key, "`" + s
                + "` is not a review interval; expected weekly, monthly, quarterly, yearly, 90d, 6w, 3m or P3M"));
    }

    private static int nonNegative(Object v, String key, Lines lines) {
        String s = String.valueOf(v).strip();
        if (!s.matches("\\d{1,6}")) {
            throw lines.error(key, "`" + s + "` must be a whole number of zero or more");
        }
        return Integer.parseInt(s);
    }

    private static List<String> strings(Object v, String key, Lines lines) {
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof String) && !(o instanceof Number)) {
                    throw lines.error(key, "`" + key + "` must be a list of strings");
                }
                out.add(String.valueOf(o));
            }
            return out;
        }
        throw lines.error(key, "`" + key + "` must be a string or a list of strings");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v, String what, Lines lines, String key) {
        if (!(v instanceof Map<?, ?> m)) {
            throw lines.error(key, what + " must be a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), val));
        return out;
    }

    /** Finds the line of a key for messages; the safe loader's maps keep no positions. */
    private static final class Lines {
        private final String[] text;
        private final String path;

        Lines(String text, String path) {
            this.text = text.split("\n", -1);
            this.path = path;
        }

        int lineOf(String key) {
            if (key.isEmpty()) {
                return 1;
            }
            for (int i = 0; i < text.length; i++) {
                String t = text[i].strip();
                if (t.startsWith(key + ":") || t.startsWith("\"" + key + "\"") || t.startsWith("'" + key + "'")
                        || t.startsWith("- " + key) || t.contains(" " + key + ":") || t.endsWith(key)) {
                    return i + 1;
                }
            }
            return 1;
        }

        /** The first line holding {@code text}, else 1. */
        int lineContaining(String text) {
            for (int i = 0; i < this.text.length; i++) {
                if (this.text[i].contains(text)) {
                    return i + 1;
                }
            }
            return 1;
        }

        BadInputException error(String key, String message) {
            return new BadInputException(new SourcePosition(path, lineOf(key)), message);
        }
    }
}
