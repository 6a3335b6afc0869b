package org.runbookgovernance.alerts;

import java.util.List;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Problem;

/**
 * What the alert sources yielded: every alert in source order (rule files, then index tables, then runbook
 * metadata), and the problems met reading them (malformed rule files, files too large or outside the root).
 */
public record AlertLoad(List<Alert> alerts, List<Problem> problems) {

    public AlertLoad {
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }
}
