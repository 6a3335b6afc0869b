package org.runbookgovernance.rules.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.PointerPage;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.metadata.InvalidSeverity;

/**
 * {@code structure/required-section}: a document lacks a section its kind requires (a runbook without
 * "Mitigation" leaves the on-call engineer without a plan). Headings of any level below the H1 count; text
 * is compared without case, emoji, punctuation, numbering or a parenthesised note, and synonyms count. A page
 * that only points elsewhere ({@link PointerPage}: "moved to [X](…)") is not judged.
 */
public final class RequiredSection implements Rule {

    public static final String ID = "structure/required-section";

    /** What runbooks of every style we have met share; Escalation and Verification are a team's choice. */
    public static final List<String> DEFAULT_RUNBOOK_SECTIONS = List.of("Symptoms", "Impact", "Diagnosis",
            "Mitigation");

    public static final Map<String, List<String>> DEFAULT_SYNONYMS = Map.of(
            "symptoms", List.of("Meaning", "Description"),
            "diagnosis", List.of("Investigation", "Triage"),
            "mitigation", List.of("Resolution", "Remediation", "Immediate Actions"),
            "verification", List.of("Validation"),
            "escalation", List.of("Escalation Path", "Contacts"));

    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "a document lacks a section its kind (and severity) requires";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        RuleSettings settings = inventory.config().rule(ID);
        Map<String, List<String>> synonyms = synonyms(inventory.config());
        Map<Integer, List<String>> bySeverity = bySeverity(inventory.config());
        // Normalised names and synonyms are the same for every document: worked out once per check.
        Map<String, List<String>> accepted = new HashMap<>();
        Function<String, List<String>> acceptedFor = name -> accepted(accepted, name, synonyms);
        // Documents share most heading texts ("Diagnosis", "Escalation"): each distinct one is normalised once.
        Map<String, String> normalised = new HashMap<>();
        // What a document must have depends only on its kind and severity: worked out once per pair.
        Map<DocumentKind, Map<Optional<Severity>, List<String>>> requiredByKind = new EnumMap<>(DocumentKind.class);
        for (Document doc : inventory.documents()) {
            checkDocument(inventory, doc, settings, synonyms, bySeverity, acceptedFor, normalised, requiredByKind,
                    findings);
        }
    }

    private static void checkDocument(Inventory inventory, Document doc, RuleSettings settings,
            Map<String, List<String>> synonyms, Map<Integer, List<String>> bySeverity,
            Function<String, List<String>> acceptedFor, Map<String, String> normalised,
            Map<DocumentKind, Map<Optional<Severity>, List<String>>> requiredByKind, Findings findings) {
        Optional<Runbook> runbook = inventory.runbookAt(doc.path());
        Optional<Severity> severity = runbook.isPresent()
                ? InvalidSeverity.severityOf(runbook.get(), inventory.config()) : Optional.empty();
        Map<Optional<Severity>, List<String>> bySeverityOfKind = requiredByKind.get(doc.kind());
        if (bySeverityOfKind == null) {
            bySeverityOfKind = new HashMap<>();
            requiredByKind.put(doc.kind(), bySeverityOfKind);
        }
        List<String> required = bySeverityOfKind.get(severity);
        if (required == null) {
            required = required(settings, doc.kind(), severity, bySeverity);
            bySeverityOfKind.put(severity, required);
        }
        if (required.isEmpty() || PointerPage.is(doc)) {
            return;
        }
        List<Section> sections = new ArrayList<>(doc.headings().size());
        for (Heading h : doc.headings()) {
            if (h.level() >= 2) {
                String text = normalised.get(h.text());
                if (text == null) {
                    text = normalise(h.text());
                    normalised.put(h.text(), text);
                }
                sections.add(new Section(h, text));
            }
        }
        int line = doc.titleLine() > 0 ? doc.titleLine() : 1;
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i);
            if (indexOf(sections, acceptedFor.apply(name)) >= 0) {
                continue;
            }
            List<String> alternatives = synonyms.getOrDefault(normalise(name), List.of());
            String also = alternatives.isEmpty() ? ""
                    : " (" + alternatives.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "))
                            + (alternatives.size() == 1 ? " also counts)" : " also count)");
            findings.report(doc.position(line), runbook.map(Runbook::id).orElse(null),
                    "missing section: `" + who(doc, runbook) + "` has no `## " + name + "` section" + also
                            + "; add it " + where(sections, required, i, acceptedFor) + ".");
        }
    }

    /** The sections required of this document: its kind's list plus its severity's extras, without repeats. */
    private static List<String> required(RuleSettings settings, DocumentKind kind, Optional<Severity> severity,
                                         Map<Integer, List<String>> bySeverity) {
        List<String> fallback = kind == DocumentKind.RUNBOOK ? DEFAULT_RUNBOOK_SECTIONS : List.of();
        Set<String> out = new LinkedHashSet<>(settings.listOption(kind.label(), fallback));
        if (severity.isPresent()) {
            bySeverity.forEach((level, extra) -> {
                if (severity.get().includes(level)) {
                    out.addAll(extra);
                }
            });
        }
        return new ArrayList<>(out);
    }

    /** A heading below the title with its normalised text, normalised once per document. */
    private record Section(Heading heading, String text) {
    }

    /** The normalised forms that count for a required section: its name and its synonyms. */
    private static List<String> accepted(Map<String, List<String>> cache, String name,
                                         Map<String, List<String>> synonyms) {
        return cache.computeIfAbsent(name, n -> {
            List<String> accepted = new ArrayList<>();
            accepted.add(normalise(n));
            synonyms.getOrDefault(normalise(n), List.of()).forEach(s -> accepted.add(normalise(s)));
            accepted.removeIf(String::isEmpty);
            return List.copyOf(accepted);
        });
    }

    private static Optional<Heading> find(List<Section> sections, List<String> accepted) {
        int i = indexOf(sections, accepted);
        return i < 0 ? Optional.empty() : Optional.of(sections.get(i).heading());
    }

    /** The index of the first section that counts for a required one, or -1. */
    private static int indexOf(List<Section> sections, List<String> accepted) {
        for (int i = 0; i < sections.size(); i++) {
            String text = sections.get(i).text();
            for (int j = 0; j < accepted.size(); j++) {
                String a = accepted.get(j);
                // "Verification Steps" and "Escalation & Contacts" count for Verification and Escalation;
                // "Diagnosis and mitigation" for both Diagnosis and Mitigation.
                if (text.startsWith(a) && (text.length() == a.length() || text.charAt(a.length()) == ' ')
                        || combines(text, a)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A heading that joins two sections, "Diagnosis and mitigation": the part after the "and" counts too. */
    private static boolean combines(String text, String accepted) {
        for (String joiner : JOINERS) {
            int at = text.indexOf(joiner);
            if (at > 0) {
                String rest = text.substring(at + joiner.length());
                if (rest.equals(accepted) || rest.startsWith(accepted + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> JOINERS = List.of(" and "); // normalise() reads "&" as "and"

    /** After the nearest earlier required section that exists, else before the nearest later one. */
    private static String where(List<Section> sections, List<String> required, int index,
                                Function<String, List<String>> accepted) {
        for (int j = index - 1; j >= 0; j--) {
            Optional<Heading> h = find(sections, accepted.apply(required.get(j)));
            if (h.isPresent()) {
                return "after the `" + h.get().text() + "` section (line " + h.get().line() + ")";
            }
        }
        for (int j = index + 1; j < required.size(); j++) {
            Optional<Heading> h = find(sections, accepted.apply(required.get(j)));
            if (h.isPresent()) {
                return "before `" + h.get().text() + "` (line " + h.get().line() + ")";
            }
        }
        return "below the title";
    }

    private static String who(Document doc, Optional<Runbook> runbook) {
        return runbook.map(Runbook::id).map(RunbookId::value).orElse(doc.path());
    }

    /** "🔍 2. Diagnosis Steps (first 5 minutes)" → "diagnosis steps". */
    static String normalise(String heading) {
        String t = NOTE.matcher(heading).replaceAll(" ").toLowerCase(Locale.ROOT).replace("&", " and ");
        List<String> words = new ArrayList<>(List.of(NON_WORD.split(t)));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && (isMojibakeResidue(words.get(0)) || isNumber(words.get(0)))) {
            words.remove(0);
        }
        if (words.size() > 1 && words.get(0).equals("step") && isNumber(words.get(1))) {
            words = words.subList(2, words.size());
        }
        while (!words.isEmpty() && isNumber(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static boolean isNumber(String word) {
        return NUMBER.matcher(word).matches();
    }

    /** Double-encoded emoji ("ðŸ“ž") leave Latin-1 letters behind once the symbols are dropped; they are no word. */
    private static boolean isMojibakeResidue(String word) {
        return word.chars().allMatch(c -> c >= 0x80 && c <= 0x2FF);
    }

    /** The built-in synonyms extended (not replaced) by the {@code synonyms} option. */
    private static Map<String, List<String>> synonyms(Config config) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        DEFAULT_SYNONYMS.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        map(config, "synonyms").forEach((name, words) -> {
            List<String> known = out.computeIfAbsent(normalise(name), k -> new ArrayList<>());
            // A config that writes the built-in synonyms out names each once.
            words.stream().filter(w -> known.stream().noneMatch(k -> normalise(k).equals(normalise(w))))
                    .forEach(known::add);
        });
        return out;
    }

    private static Map<Integer, List<String>> bySeverity(Config config) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        map(config, "by_severity").forEach((level, sections) -> {
            Severity s = Severity.parse(level).filter(p -> p.highest() == p.lowest())
                    .orElseThrow(() -> bad(config, "by_severity key `" + level + "` is not P0, P1, P2 or P3"));
            out.put(s.highest(), sections);
        });
        return out;
    }

    /** A map option whose values are lists of section names (a single name counts as a list of one). */
    private static Map<String, List<String>> map(Config config, String option) {
        Object raw = config.rule(ID).option(option).orElse(Map.of());
        if (!(raw instanceof Map<?, ?> m)) {
            throw bad(config, option + " must be a map of lists");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object v = e.getValue();
            List<String> values = v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : v == null ? List.of() : List.of(String.valueOf(v));
            out.put(String.valueOf(e.getKey()), values);
        }
        return out;
    }

    private static BadInputException bad(Config config, String what) {
        return new BadInputException(SourcePosition.file(config.source()), "rules." + ID + "." + what);
    }
}
