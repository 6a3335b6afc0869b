package org.runbookgovernance.rules.input;

import java.util.List;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.rules.Rule;

/** The ids under which scanning and parsing problems are reported. */
public final class InputRules {

    public static final String UNREADABLE = "input/unreadable";
    public static final String BINARY = "input/binary";
    public static final String ENCODING = "input/encoding";
    public static final String TOO_LARGE = "input/too-large";
    public static final String OUTSIDE_REPOSITORY = "input/outside-repository";
    public static final String MALFORMED_METADATA = "metadata/malformed";
    public static final String MALFORMED_RULES = "alerts/malformed-rule-file";
    public static final String RULE_FILES_NOT_FOUND = "alerts/rule-files-not-found";
    public static final String INDEX_MARKERS = "index/malformed-markers";
    public static final String MALFORMED_OWNERS = "input/malformed-owners";

    private InputRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new InputRule(UNREADABLE, Level.ERROR, "a file could not be read"),
                new InputRule(BINARY, Level.WARNING, "a binary file where Markdown was expected; skipped"),
                new InputRule(ENCODING, Level.ERROR, "a file is not valid UTF-8; skipped"),
                new InputRule(TOO_LARGE, Level.ERROR, "a file or line exceeds the size limit; skipped"),
                new InputRule(OUTSIDE_REPOSITORY, Level.ERROR,
                        "a symlink or path leads outside the repository; not followed"),
                new InputRule(MALFORMED_METADATA, Level.ERROR, "front matter is not valid YAML or not a mapping"),
                new InputRule(MALFORMED_RULES, Level.ERROR, "an alert rule file is not valid YAML"),
                new InputRule(RULE_FILES_NOT_FOUND, Level.WARNING,
                        "a rule-file glob or path given in --rules or alerts.rule_files matches no file"),
                new InputRule(INDEX_MARKERS, Level.ERROR,
                        "the index's generated-region markers are unpaired, nested, duplicated or unknown"),
                new InputRule(MALFORMED_OWNERS, Level.WARNING,
                        "a CODEOWNERS or OWNERS file cannot be read as written; the owners it gives are skipped"));
    }
}
