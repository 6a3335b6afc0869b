package org.runbookgovernance.alerts;

import java.util.List;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Problem;

/**
 * What the alert sources yielded: every alert in source order (rule files, then index tables, then runbook
 * metadata), the problems met reading them (malformed rule files, files too large or outside the root), and
 * how many rule files the fast path gave up on ({@code ruleFileFallbacks}) or threw on ({@code ruleFileFailures}),
 * each then read by snakeyaml.
 */
public record AlertLoad(List<Alert> alerts, List<Problem> problems, long ruleFileFallbacks, long ruleFileFailures) {

    public AlertLoad {
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }

    public AlertLoad(List<Alert> alerts, List<Problem> problems) {
        this(alerts, problems, 0, 0);
    }
}
