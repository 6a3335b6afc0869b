package org.runbookgovernance.rules.metadata;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.Severity;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/invalid-severity}: a severity value is not P0-P3 or a range of them. Words such as
 * "critical" are reported too, because they sort differently per team; the {@code aliases} option maps a
 * team's words to levels explicitly.
 */
public final class InvalidSeverity implements Rule {

    public static final String ID = "metadata/invalid-severity";

    /** What the common words usually mean, offered as a suggestion only. */
    private static final Map<String, String> SUGGESTIONS = Map.ofEntries(
            Map.entry("critical", "P0"), Map.entry("crit", "P0"), Map.entry("sev0", "P0"), Map.entry("sev1", "P1"),
            Map.entry("high", "P1"), Map.entry("major", "P1"), Map.entry("sev2", "P2"), Map.entry("medium", "P2"),
            Map.entry("moderate", "P2"), Map.entry("sev3", "P3"), Map.entry("low", "P3"), Map.entry("minor", "P3"),
            Map.entry("warning", "P2"), Map.entry("info", "P3"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "a severity is not P0-P3 or a range such as P1-P2";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        Map<String, Severity> aliases = aliases(inventory.config());
        for (Runbook runbook : inventory.runbooks()) {
            for (MetadataEntry e : runbook.document().entries(MetadataKeys.SEVERITY)) {
                String value = e.value().strip();
                if (value.isEmpty() || parse(value, aliases).isPresent()) {
                    continue;
                }
                String suggestion = SUGGESTIONS.get(value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_]", ""));
                String fix = suggestion == null
                        ? "write P0 (critical) to P3 (low) or a range such as `P1-P2`."
                        : "write `" + suggestion + "` instead, or map `" + value.toLowerCase(Locale.ROOT)
                                + "` to a level with this rule's `aliases` option.";
                findings.report(runbook.document().position(e.line()), runbook.id(),
                        "invalid severity: `" + value + "` in " + e.label() + " is not a severity level; " + fix);
            }
        }
    }

    /**
     * The runbook's severity as this rule accepts it: the parsed value, else the configured alias of the word.
     * Other rules that group by severity call this so that aliases count for them too.
     */
    public static Optional<Severity> severityOf(Runbook runbook, Config config) {
        if (runbook.severity().isPresent()) {
            return runbook.severity();
        }
        return runbook.document().entry(MetadataKeys.SEVERITY)
                .flatMap(e -> parse(e.value().strip(), aliases(config)));
    }

    private static Optional<Severity> parse(String value, Map<String, Severity> aliases) {
        return Severity.parse(value).or(() -> Optional.ofNullable(aliases.get(value.toLowerCase(Locale.ROOT))));
    }

    /** The {@code aliases} option: word → P0..P3; a value that is no severity is a config error. */
    static Map<String, Severity> aliases(Config config) {
        Object raw = config.rule(ID).option("aliases").orElse(Map.of());
        if (!(raw instanceof Map<?, ?> map)) {
            throw new BadInputException(SourcePosition.file(config.source()),
                    "rules." + ID + ".aliases must be a map such as {critical: P0, high: P1}");
        }
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Severity level = Severity.parse(String.valueOf(e.getValue())).orElseThrow(() -> new BadInputException(
                    SourcePosition.file(config.source()), "rules." + ID + ".aliases." + e.getKey() + " is `"
                            + e.getValue() + "`; write P0, P1, P2, P3 or a range such as P1-P2"));
            out.put(String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT), level);
        }
        return out;
    }
}
