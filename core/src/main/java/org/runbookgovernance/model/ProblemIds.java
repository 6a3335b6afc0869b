package org.runbookgovernance.model;

/**
 * The rule ids under which the readers report a {@link Problem}. Readers name the id here; the rule of that id
 * (in {@code rules/input}, {@code rules/metadata}, {@code rules/alerts} or {@code rules/index}) turns the problem
 * into a finding, so the readers need not know the rules.
 */
public final class ProblemIds {

    public static final String UNREADABLE = "input/unreadable";
    public static final String BINARY = "input/binary";
    public static final String ENCODING = "input/encoding";
    public static final String TOO_LARGE = "input/too-large";
    public static final String OUTSIDE_REPOSITORY = "input/outside-repository";
    public static final String MALFORMED_OWNERS = "input/malformed-owners";
    public static final String MALFORMED_METADATA = "metadata/malformed";
    public static final String MALFORMED_RULES = "alerts/malformed-rule-file";
    public static final String RULE_FILES_NOT_FOUND = "alerts/rule-files-not-found";
    public static final String INDEX_MARKERS = "index/malformed-markers";

    private ProblemIds() {
    }
}
