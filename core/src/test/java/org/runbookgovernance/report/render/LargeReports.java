package org.runbookgovernance.report.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;

/** Reports large enough to be rendered in slices, made of hostile and non-ASCII text from a seeded random. */
final class LargeReports {

    /** Text pieces the large report is made of: hostile, non-ASCII, and lone surrogates. */
    private static final String[] PIECES = {"plain", "Disk Full", "é", "ÿ", "€", "🚨", "</script>", "<!--", "?", "\"q\"",
        "back\\slash", "\n", "\t", "\u0001", "\u007f", "\u2028", "\ud800", "\udc00", "Ł", "/"};

    private LargeReports() {
    }

    /** Hostile and non-ASCII text in every field, optional values missing at random. */
    static Report large(Random random, int runbookCount, int alertCount, int findingCount) {
        List<RunbookStatus> runbooks = new ArrayList<>();
        for (int i = 0; i < runbookCount; i++) {
            runbooks.add(new RunbookStatus("RB-" + i, text(random), "runbooks/RB-" + i + " " + text(random) + ".md",
                    maybe(random, "team-" + i), maybe(random, "P" + random.nextInt(4)), maybe(random, text(random)),
                    random.nextBoolean() ? null : ReviewState.values()[random.nextInt(ReviewState.values().length)],
                    maybe(random, "active"), maybe(random, LocalDate.of(2026, 1, 1).plusDays(i)),
                    maybe(random, LocalDate.of(2025, 6, 1).plusDays(i)),
                    maybe(random, LastReview.Source.values()[random.nextInt(LastReview.Source.values().length)]),
                    maybe(random, LocalDate.of(2027, 1, 1)),
                    random.nextBoolean() ? List.of() : List.of("Alert" + i, text(random))));
        }
        List<AlertRoute> alerts = new ArrayList<>();
        for (int i = 0; i < alertCount; i++) {
            alerts.add(new AlertRoute("Alert" + i + text(random), random.nextBoolean() ? "prometheus" : "rule-file",
                    maybe(random, "critical"), maybe(random, "https://x.example/" + text(random)),
                    maybe(random, "runbooks/RB-" + i + ".md"),
                    random.nextInt(5) == 0 ? null : new SourcePosition("alerts/" + text(random) + ".yml", i)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            findings.add(SampleReports.finding("rule/" + random.nextInt(9), Level.values()[random.nextInt(3)],
                    "runbooks/RB-" + random.nextInt(runbookCount) + ".md", random.nextInt(40),
                    random.nextBoolean() ? null : "RB-" + i, "message " + i + ": `" + text(random) + "`; fix it."));
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("parse", 120L);
        timings.put("total", 300L);
        return new Report(Report.TOOL, "0.1.0", SampleReports.TODAY, "/repo/" + text(random), runbooks, alerts,
                findings, timings, List.of(text(random), "<!-- note -->"));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static <T> Optional<T> maybe(Random random, T value) {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value);
    }
}
