package io.jenkins.plugins.runbookgovernance;

import hudson.model.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jenkins.model.RunAction2;

/**
 * The build's "Runbook Governance" page for one step call: counts, runbook statuses, the first findings,
 * the review plan and the generated index. Only this small summary is saved in build.xml; the full reports are files in the
 * workspace. A second call in the same build gets its own page ({@code runbook-governance-2}, ...).
 */
public class RunbookGovernanceAction implements RunAction2 {

    static final String URL_NAME = "runbook-governance";

    private final String step;
    private final String urlName;
    private final String today;
    private final int errors;
    private final int warnings;
    private final int infos;
    private final int findingsNotShown;
    private final List<RunbookRow> runbooks;
    private final List<FindingRow> findings;
    private final List<ReviewItem> reviewPlan;
    /** Null in builds recorded before the page showed the index. */
    private final List<IndexSection> index;
    private final List<String> reportFiles;
    private transient Run<?, ?> run;

    RunbookGovernanceAction(String step, String urlName, GovernanceOutcome outcome) {
        this.step = step;
        this.urlName = urlName;
        // Plain fields and ArrayLists: XStream writes them to build.xml and reads them back (records it cannot).
        this.today = outcome.today();
        this.errors = outcome.errors();
        this.warnings = outcome.warnings();
        this.infos = outcome.infos();
        this.findingsNotShown = outcome.findingsTotal() - outcome.findings().size();
        this.runbooks = new ArrayList<>(outcome.runbooks());
        this.findings = new ArrayList<>(outcome.findings());
        this.reviewPlan = new ArrayList<>(outcome.reviewPlan());
        this.index = new ArrayList<>(outcome.index());
        this.reportFiles = new ArrayList<>(outcome.reportFiles());
    }

    static RunbookGovernanceAction attach(BuildMarks marks, StepKind kind, GovernanceOutcome outcome) {
        int existing = marks.count(RunbookGovernanceAction.class);
        String url = existing == 0 ? URL_NAME : URL_NAME + "-" + (existing + 1);
        RunbookGovernanceAction action = new RunbookGovernanceAction(kind.functionName(), url, outcome);
        marks.attach(action);
        return action;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return "Runbook Governance (" + step + ")";
    }

    @Override
    public String getUrlName() {
        return urlName;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    public String getStep() {
        return step;
    }

    public String getToday() {
        return today;
    }

    public int getErrors() {
        return errors;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getInfos() {
        return infos;
    }

    public List<RunbookRow> getRunbooks() {
        return Collections.unmodifiableList(runbooks);
    }

    public List<FindingRow> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    /** Findings counted but not kept, because only the first ones are stored with the build. */
    public int getFindingsNotShown() {
        return findingsNotShown;
    }

    public List<ReviewItem> getReviewPlan() {
        return Collections.unmodifiableList(reviewPlan);
    }

    /** The generated index by category (publishRunbookIndex); empty for other steps. */
    public List<IndexSection> getIndex() {
        return index == null ? List.of() : Collections.unmodifiableList(index);
    }

    public List<String> getReportFiles() {
        return Collections.unmodifiableList(reportFiles);
    }
}
