package io.jenkins.plugins.runbookgovernance;

import hudson.model.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The job's trend: per build that ran a runbook step, its errors and warnings (summed over the build's step
 * calls) and its overdue runbooks (the most any call counted: calls usually check the same runbooks).
 * Read from the counts in build.xml only, never from the record files.
 */
final class GovernanceTrend {

    /** How many builds the trend looks back over. */
    static final int MAX_BUILDS = 30;

    /** One build's point, oldest first in a trend. */
    record Point(int build, int errors, int warnings, int overdue) {
    }

    private GovernanceTrend() {
    }

    /** The points of the builds from {@code last} back, at most {@code maxBuilds} of them with a result, oldest first. */
    static List<Point> of(Run<?, ?> last, int maxBuilds) {
        List<Point> points = new ArrayList<>();
        for (Run<?, ?> run = last; run != null && points.size() < maxBuilds; run = run.getPreviousBuild()) {
            List<RunbookGovernanceAction> calls = run.getActions(RunbookGovernanceAction.class);
            if (calls.isEmpty()) {
                continue;
            }
            int errors = 0;
            int warnings = 0;
            int overdue = 0;
            for (RunbookGovernanceAction call : calls) {
                errors += call.getErrors();
                warnings += call.getWarnings();
                overdue = Math.max(overdue, call.getOverdue());
            }
            points.add(new Point(run.getNumber(), errors, warnings, overdue));
        }
        Collections.reverse(points);
        return points;
    }
}
