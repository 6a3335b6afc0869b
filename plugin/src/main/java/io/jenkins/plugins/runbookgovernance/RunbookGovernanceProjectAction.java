package io.jenkins.plugins.runbookgovernance;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.List;

/**
 * The job page's view of runbook governance: the trend of errors, warnings and overdue runbooks across
 * builds, and the last build's results. Contributed by the last successful build's first step call
 * ({@link RunbookGovernanceAction#getProjectActions()}), so it costs nothing to store.
 */
public class RunbookGovernanceProjectAction implements Action {

    private final Job<?, ?> job;

    RunbookGovernanceProjectAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return Messages.RunbookGovernanceProjectAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return RunbookGovernanceAction.URL_NAME;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** The step calls of the latest build that ran a runbook step (it may be running, failed or unstable). */
    public List<RunbookGovernanceAction> getLastResults() {
        return lastResults(job.getLastBuild());
    }

    static List<RunbookGovernanceAction> lastResults(Run<?, ?> last) {
        for (Run<?, ?> run = last; run != null; run = run.getPreviousBuild()) {
            List<RunbookGovernanceAction> calls = run.getActions(RunbookGovernanceAction.class);
            if (!calls.isEmpty()) {
                return calls;
            }
        }
        return List.of();
    }

    List<GovernanceTrend.Point> trend() {
        return GovernanceTrend.of(job.getLastBuild(), GovernanceTrend.MAX_BUILDS);
    }

    /** The trend as SVG markup: numbers and this plugin's own labels only, every text escaped. */
    public String getTrendSvg() {
        return TrendChart.svg(trend(), TrendChart.standardSeries(), Messages.Trend_Title());
    }
}
