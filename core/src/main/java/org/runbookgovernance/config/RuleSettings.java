package org.runbookgovernance.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.Level;

/**
 * A rule's settings from the config's {@code rules:} map: on or off, a level replacing its default, and
 * options of its own (read by the rule with the typed getters below).
 */
public record RuleSettings(boolean enabled, Optional<Level> level, Map<String, Object> options) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, Optional.empty(), Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }

    public Optional<Object> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public int intOption(String name, int fallback) {
        Object v = options.get(name);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s && s.strip().matches("-?\\d+")) {
            return Integer.parseInt(s.strip());
        }
        return fallback;
    }

    public String stringOption(String name, String fallback) {
        Object v = options.get(name);
        return v == null ? fallback : String.valueOf(v);
    }

    public boolean boolOption(String name, boolean fallback) {
        Object v = options.get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        return v == null ? fallback : Boolean.parseBoolean(String.valueOf(v));
    }

    /** A list option; a single string counts as a one-element list. */
    public List<String> listOption(String name, List<String> fallback) {
        Object v = options.get(name);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        return fallback;
    }
}
