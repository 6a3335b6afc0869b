package org.runbookgovernance.rules.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.rules.PatternExample;

/**
 * The form a team's runbook ids take, from {@code metadata.id_pattern}; without it every id is well-formed.
 *
 * @param pattern the whole id must match it; empty when any id will do
 */
public record IdPolicy(Optional<Pattern> pattern) {

    public static final IdPolicy ANY = new IdPolicy(Optional.empty());

    /** Reads {@code metadata: {id_pattern}}; the loader has refused a pattern that does not compile. */
    public static IdPolicy from(Config config) {
        if (config.section("metadata").get("id_pattern") instanceof String p && !p.isBlank()) {
            try {
                return new IdPolicy(Optional.of(Pattern.compile(p.strip())));
            } catch (PatternSyntaxException e) {
                return ANY;
            }
        }
        return ANY;
    }

    public boolean accepts(RunbookId id) {
        return pattern.isEmpty() || pattern.get().matcher(id.value()).matches();
    }

    /**
     * An id the pattern accepts, for advice about {@code id}: the id itself in another case ({@code target-down}
     * as {@code TargetDown}, {@code TARGET-DOWN} or {@code target-down}), else one built from the pattern with
     * the id for its free text; empty without a pattern or when neither matches.
     */
    public Optional<String> example(String id) {
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        Pattern p = pattern.get();
        for (String candidate : List.of(camelCase(id), id.toUpperCase(Locale.ROOT), id.toLowerCase(Locale.ROOT))) {
            if (!candidate.isEmpty() && p.matcher(candidate).matches()) {
                return Optional.of(candidate);
            }
        }
        return PatternExample.of(p, id);
    }

    /** "target-down" → "TargetDown": the words of an id, each capitalised, joined. */
    static String camelCase(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return out.toString();
    }
}
