package org.runbookgovernance.report.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.LastReview;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.AlertRoute;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;

/** Reports built by hand for the renderer tests: a fixed day, two files, hostile text in every field. */
final class SampleReports {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String SPACED = "runbooks/RB-001 service down.md";
    static final String HOSTILE = "runbooks/RB-002.md";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String PIPE = "a|b\nc";
    static final String QUOTES = "\"quotes\" & 'apos'";
    static final String CONTROL = "bell\u0001";
    static final String SCRIPT = "</script>";
    static final String EMOJI = "🚨";

    private SampleReports() {
    }

    static Report sample() {
        List<RunbookStatus> runbooks = List.of(
                new RunbookStatus("RB-001", "Service Down", SPACED, Optional.of("sre-team"), Optional.of("P1"),
                        Optional.of("availability"), ReviewState.OVERDUE, Optional.of("active"),
                        Optional.of(LocalDate.of(2025, 11, 19)), Optional.of(LocalDate.of(2025, 11, 20)),
                        Optional.of(LastReview.Source.METADATA), Optional.of(LocalDate.of(2026, 11, 20)),
                        List.of("ServiceDown")),
                new RunbookStatus("RB-002", "Disk " + IMG + " " + EMOJI, HOSTILE, Optional.empty(), Optional.empty(),
                        Optional.empty(), ReviewState.NEVER_REVIEWED, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
                new RunbookStatus("RB-003", "Latency", "runbooks/RB-003.md", Optional.of("web"), Optional.of("P3"),
                        Optional.empty(), ReviewState.FRESH, Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(LastReview.Source.GIT),
                        Optional.of(LocalDate.of(2027, 1, 1)), List.of()));
        List<AlertRoute> alerts = List.of(
                new AlertRoute("ServiceDown", "prometheus", Optional.of("critical"), Optional.of("RB-001"),
                        Optional.of(SPACED), new SourcePosition("alerts/service.yml", 4)),
                new AlertRoute("Orphan" + SCRIPT, "prometheus", Optional.empty(), Optional.empty(), Optional.empty(),
                        new SourcePosition("alerts/other.yml", 9)));
        List<Finding> findings = List.of(
                finding("freshness/overdue", Level.ERROR, SPACED, 12, "RB-001",
                        "review overdue: `RB-001` was due for review on 2026-11-20, 6 days ago; review it and set"
                                + " Last Review and Next Review."),
                finding("metadata/missing-field", Level.WARNING, SPACED, 0, "RB-001",
                        "missing field: `Owner` is not set; add **Owner:** " + IMG + "."),
                finding("links/dangling", Level.INFO, HOSTILE, 3, "RB-002",
                        PIPE + " " + QUOTES + " " + CONTROL + " " + SCRIPT + " " + EMOJI),
                finding("metadata/missing-field", Level.ERROR, HOSTILE, 7, null,
                        "stray ` backtick, see https://evil.example/x and www.evil.example or [x](javascript:y)"));
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("parse", 12L);
        timings.put("rules", 3L);
        return new Report(Report.TOOL, "0.1.0", TODAY, ".", runbooks, alerts, findings, timings,
                List.of("no git history: `.git` not found; freshness uses declared dates only.", "<b>bold</b>"));
    }

    static Report empty() {
        return new Report(Report.TOOL, "0.1.0", TODAY, ".", List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    static Report withFindings(List<Finding> findings) {
        return new Report(Report.TOOL, "0.1.0", TODAY, ".", List.of(), List.of(), findings, Map.of(), List.of());
    }

    static Finding finding(String rule, Level level, String path, int line, String runbook, String message) {
        return new Finding(rule, level, new SourcePosition(path, line),
                Optional.ofNullable(runbook).map(RunbookId::of), message);
    }

    static Map<String, String> summaries() {
        Map<String, String> summaries = new LinkedHashMap<>();
        summaries.put("freshness/overdue", "A runbook is past its review date.");
        summaries.put("metadata/missing-field", "A required metadata field is missing.");
        summaries.put("alerts/alert-without-runbook", "An alert names no runbook.");
        return summaries;
    }
}
