package org.runbookgovernance.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.runbookgovernance.report.Finding;

/**
 * What makes a finding the same finding tomorrow: its rule, its file, and the values its message names in
 * backticks before its advice (the alert, the URL, the section, the link target), leaving out the line, the
 * prose around the values, the advice, and the values that move by themselves (dates, day counts, commit ids).
 *
 * <p>Every rule names what it found in backticks, so the key is derived here, in one place, rather than by
 * each rule: a rule that words its message differently tomorrow still keeps its findings baselined as long
 * as it names the same values.
 *
 * @param rule the rule id
 * @param path the finding's file, relative to the repository
 * @param key  the message's stable backticked values joined with {@code |}; empty when it names none
 */
public record Fingerprint(String rule, String path, String key) {

    public static final Comparator<Fingerprint> ORDER = Comparator.comparing(Fingerprint::path)
            .thenComparing(Fingerprint::rule).thenComparing(Fingerprint::key);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");
    private static final Pattern AMOUNT = Pattern.compile(
            "[-+]?\\d[\\d.,:]*\\s*(d|h|w|m|y|days?|hours?|weeks?|months?|years?|lines?)?");
    private static final Pattern COMMIT = Pattern.compile("(?=[0-9a-f]*\\d)[0-9a-f]{7,40}");

    public Fingerprint {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
    }

    public static Fingerprint of(Finding finding) {
        return new Fingerprint(finding.ruleId(), finding.position().path(), key(finding.message()));
    }

    /**
     * The backticked values of {@code message} that name a thing, not a day or an amount, up to the first
     * "; " outside backticks: what follows it is the advice, whose examples name the neighbouring sections
     * or a template line, and would change with unrelated edits.
     */
    static String key(String message) {
        List<String> values = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '`') {
                if (open < 0) {
                    open = i;
                } else {
                    String value = message.substring(open + 1, i).strip();
                    if (!value.isEmpty() && !moves(value) && !values.contains(value)) {
                        values.add(value);
                    }
                    open = -1;
                }
            } else if (open < 0 && c == ';' && i + 1 < message.length() && message.charAt(i + 1) == ' ') {
                break;
            }
        }
        return String.join("|", values);
    }

    private static boolean moves(String value) {
        return DATE.matcher(value).matches() || AMOUNT.matcher(value).matches() || COMMIT.matcher(value).matches();
    }
}
