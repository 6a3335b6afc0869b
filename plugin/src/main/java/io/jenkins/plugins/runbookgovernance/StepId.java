package io.jenkins.plugins.runbookgovernance;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id a step call's page and record go by in its build: the {@code id} parameter, or the step's name
 * followed by {@code dir} when that is not the default ({@code runbookFreshness}, {@code runbookFreshness-docs-runbooks}).
 */
final class StepId {

    static final int MAX_LENGTH = 64;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private StepId() {
    }

    /** The given id when there is one, else the one made from the step and {@code dir}. */
    static String of(String given, StepKind kind, String dir) {
        return given != null ? given : derived(kind, dir);
    }

    static String derived(StepKind kind, String dir) {
        String name = kind.functionName();
        if (dir == null || dir.isBlank() || dir.strip().equals(StepSettings.DEFAULT_DIR)) {
            return name;
        }
        String slug = dir.strip().replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        String id = slug.isEmpty() ? name : name + "-" + slug;
        return id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH);
    }

    /** Why {@code id} cannot be used, or empty when it can: it names a URL and a file, so it keeps to a plain alphabet. */
    static Optional<String> problem(String id) {
        if (VALID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(Messages.StepId_Invalid(id, MAX_LENGTH));
    }
}
