package org.runbookgovernance.model;

import java.util.List;
import java.util.Objects;

/**
 * Who answers for a runbook, and where that was read.
 *
 * @param names  the owners as written ({@code @org/storage-team}, {@code jane@example.com}, an alias's members)
 * @param source metadata, CODEOWNERS or an OWNERS file
 * @param file   the file it came from, relative to the checked folder ({@code ../../.github/CODEOWNERS})
 */
public record Owner(List<String> names, OwnerSource source, String file) {

    public Owner {
        names = List.copyOf(names);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an owner has at least one name");
        }
    }

    /** The names as one line: {@code @org/storage, @jane}. */
    public String display() {
        return String.join(", ", names);
    }
}
