package org.runbookgovernance.rules.metadata;

import java.util.List;
import org.runbookgovernance.rules.Rule;

/** The {@code metadata/*} rules, in the order they are listed. */
public final class MetadataRules {

    private MetadataRules() {
    }

    public static List<Rule> all() {
        return List.of(new MalformedMetadata(), new MissingField(), new InvalidDate(), new DuplicateId(),
                new MetadataIdMismatch(), new InvalidId(), new InvalidSeverity(), new Conflict(),
                new DoubleEncodedText());
    }
}
