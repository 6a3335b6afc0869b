package org.runbookgovernance.rules.metadata;

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

    /** An id the pattern accepts, built from it with {@code fill} for its free text; empty without a pattern. */
    public Optional<String> example(String fill) {
        return pattern.flatMap(p -> PatternExample.of(p, fill));
    }
}
