package org.runbookgovernance.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.model.Suppression;

/**
 * {@code <!-- runbook-governance: ignore freshness/overdue, links/broken until 2025-01-31 migration -->}:
 * waivers written in the runbook. A waiver with a bad date is dropped (and reported) so the finding shows.
 */
final class SuppressionComment {

    static final String MARKER = "runbook-governance:";
    private static final Pattern RULE_ID = Pattern.compile("\\*|[a-z0-9][a-z0-9-]*(?:/(?:\\*|[a-z0-9][a-z0-9-]*))?");

    private SuppressionComment() {
    }

    /** Reads every comment on the line into {@code out}; problems for ones that cannot be read. */
    static void read(String line, SourcePosition position, List<Suppression> out, List<Problem> problems) {
        int from = 0;
        while (true) {
            int open = line.indexOf("<!--", from);
            if (open < 0) {
                return;
            }
            int close = line.indexOf("-->", open + 4);
            if (close < 0) {
                return;
            }
            from = close + 3;
            String body = line.substring(open + 4, close).strip();
            if (!body.startsWith(MARKER)) {
                continue;
            }
            readBody(body.substring(MARKER.length()).strip(), position, out, problems);
        }
    }

    private static void readBody(String body, SourcePosition position, List<Suppression> out, List<Problem> problems) {
        String[] tokens = body.split("\\s+");
        if (tokens.length > 0 && (tokens[0].equals("begin") || tokens[0].equals("end"))) {
            return; // an index region marker, read by the index package
        }
        if (tokens.length == 0 || !tokens[0].equals("ignore")) {
            problems.add(new Problem(ProblemIds.MALFORMED_METADATA, position,
                    "unreadable suppression comment: `<!-- runbook-governance: " + body + " -->` is neither "
                            + "`ignore` nor an index `begin`/`end` marker; write `<!-- runbook-governance: ignore <rule-id> [until YYYY-MM-DD] [reason] -->`."));
            return;
        }
        List<String> rules = new ArrayList<>();
        int i = 1;
        boolean expectMore = true;
        while (i < tokens.length && expectMore) {
            String token = tokens[i];
            expectMore = token.endsWith(",") || (i + 1 < tokens.length && tokens[i + 1].startsWith(","));
            for (String part : token.split(",")) {
                if (!part.isEmpty()) {
                    rules.add(part);
                }
            }
            i++;
        }
        List<String> bad = rules.stream().filter(r -> !RULE_ID.matcher(r).matches()).toList();
        if (rules.isEmpty() || !bad.isEmpty()) {
            problems.add(new Problem(ProblemIds.MALFORMED_METADATA, position,
                    "unreadable suppression comment: `" + (rules.isEmpty() ? "ignore" : String.join(", ", bad))
                            + "` is not a rule id; write `<!-- runbook-governance: ignore <group/name> "
                            + "[until YYYY-MM-DD] [reason] -->`."));
            return;
        }
        Optional<LocalDate> until = Optional.empty();
        if (i < tokens.length && tokens[i].equals("until")) {
            String date = i + 1 < tokens.length ? tokens[i + 1] : "";
            until = Dates.parse(date);
            if (until.isEmpty()) {
                problems.add(new Problem(ProblemIds.MALFORMED_METADATA, position,
                        "bad suppression expiry: `until " + date + "` is not a date, so the waiver for `"
                                + String.join(", ", rules) + "` is ignored; write `until YYYY-MM-DD`."));
                return;
            }
            i += 2;
        }
        String reason = String.join(" ", java.util.Arrays.asList(tokens).subList(Math.min(i, tokens.length), tokens.length));
        for (String rule : rules) {
            out.add(new Suppression(rule, until, reason, position));
        }
    }
}
