package io.jenkins.plugins.runbookgovernance;

import hudson.model.Action;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The build's "Runbook Governance" page for one step call. build.xml keeps only counts, the worst few
 * findings and the name of the record file; the rows (runbooks, findings, review plan, index) are a JSON
 * file in the build's folder, read when the page is shown and kept while memory allows. Each call has its
 * own id, unique in the build ({@code runbook-governance-<id>}); the first call's action also puts the
 * trend on the job page while its build is the last successful one.
 */
@ExportedBean
public class RunbookGovernanceAction implements RunAction2, SimpleBuildStep.LastBuildAction {

    private static final Logger LOGGER = Logger.getLogger(RunbookGovernanceAction.class.getName());

    static final String URL_NAME = "runbook-governance";

    /** The folder, inside the build's folder, that holds one record file per step call. */
    static final String RECORD_FOLDER = "runbook-governance";

    /** How many of the most serious findings build.xml keeps for the build's summary. */
    static final int SUMMARY_FINDINGS = 5;

    private final String id;
    private final String step;
    /** SUCCESS, UNSTABLE or FAILURE: what the step's gates made of the findings. */
    private final String status;
    private final String today;
    private final int errors;
    private final int warnings;
    private final int infos;
    /** error, warning, info, or none. */
    private final String worst;
    private final int runbookCount;
    private final int overdue;
    private final int findingsTotal;
    private final int findingsKept;
    private final int reviewCount;
    private final ArrayList<FindingRow> worstFindings;
    private final ArrayList<String> reportFiles;
    /** The record's path relative to the build's folder, with '/' separators. */
    private final String recordFile;
    private transient Run<?, ?> run;
    private transient volatile SoftReference<StepRecord> rows;

    RunbookGovernanceAction(String id, StepKind kind, GovernanceOutcome outcome) {
        // Plain fields and ArrayLists: XStream writes them to build.xml and reads them back (records it cannot).
        this.id = id;
        this.step = kind.functionName();
        this.status = outcome.fails() ? "FAILURE" : outcome.unstable() ? "UNSTABLE" : "SUCCESS";
        this.today = outcome.today();
        this.errors = outcome.errors();
        this.warnings = outcome.warnings();
        this.infos = outcome.infos();
        this.worst = outcome.worst() == null ? "none" : outcome.worst().label();
        this.runbookCount = outcome.runbooks().size();
        this.overdue = outcome.overdue();
        this.findingsTotal = outcome.findingsTotal();
        this.findingsKept = outcome.findings().size();
        this.reviewCount = outcome.reviewPlan().size();
        this.worstFindings = new ArrayList<>(outcome.findings().subList(0, Math.min(SUMMARY_FINDINGS, findingsKept)));
        this.reportFiles = new ArrayList<>(outcome.reportFiles());
        this.recordFile = recordFile(id);
    }

    static String recordFile(String id) {
        return RECORD_FOLDER + "/" + id + ".json";
    }

    /**
     * Writes the outcome's rows into the build's folder and attaches the page under the first free id:
     * {@code id}, else {@code id-2}, {@code id-3}... Two parallel branches never get the same page.
     */
    static RunbookGovernanceAction attach(BuildMarks marks, String id, StepKind kind, GovernanceOutcome outcome)
            throws IOException {
        Path folder = marks.buildFolder().resolve(RECORD_FOLDER);
        // Written under a name of its own first, so that the run's lock is held only for a rename.
        Path written = Files.createTempFile(Files.createDirectories(folder), "record-", ".json");
        try {
            StepRecord.of(outcome).writeTo(written);
            return marks.attachUnique(RunbookGovernanceAction.class, RunbookGovernanceAction::getId, id, free -> {
                Files.move(written, folder.resolve(free + ".json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return new RunbookGovernanceAction(free, kind, outcome);
            });
        } finally {
            Files.deleteIfExists(written);
        }
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return Messages.RunbookGovernanceAction_DisplayName(id);
    }

    @Override
    public String getUrlName() {
        return URL_NAME + "-" + id;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    /** The job page's trend and last result, contributed once per build: by the build's first step call. */
    @Override
    public Collection<? extends Action> getProjectActions() {
        if (run == null) {
            return List.of();
        }
        List<RunbookGovernanceAction> all = run.getActions(RunbookGovernanceAction.class);
        if (all.isEmpty() || all.get(0) != this) {
            return List.of();
        }
        return List.of(new RunbookGovernanceProjectAction(run.getParent()));
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** The step call's id, unique in its build: the {@code id} parameter, or one made from the step and {@code dir}. */
    @Exported
    public String getId() {
        return id;
    }

    @Exported
    public String getStep() {
        return step;
    }

    /** SUCCESS, UNSTABLE or FAILURE: what the step's failOn and unstableOn made of the findings. */
    @Exported
    public String getStatus() {
        return status;
    }

    @Exported
    public String getToday() {
        return today;
    }

    @Exported
    public int getErrors() {
        return errors;
    }

    @Exported
    public int getWarnings() {
        return warnings;
    }

    @Exported
    public int getInfos() {
        return infos;
    }

    /** The most serious level found: error, warning, info, or none. */
    @Exported
    public String getWorst() {
        return worst;
    }

    @Exported
    public int getRunbookCount() {
        return runbookCount;
    }

    /** Runbooks whose review date has passed. */
    @Exported
    public int getOverdue() {
        return overdue;
    }

    @Exported
    public int getFindingsTotal() {
        return findingsTotal;
    }

    /** {@code runbookReviewPlan}: how many runbooks are due for review within the horizon. */
    @Exported
    public int getReviewCount() {
        return reviewCount;
    }

    @Exported
    public List<String> getReportFiles() {
        return Collections.unmodifiableList(reportFiles);
    }

    /** The most serious findings, for the build's summary; the page has the rest. */
    public List<FindingRow> getWorstFindings() {
        return worstFindings == null ? List.of() : Collections.unmodifiableList(worstFindings);
    }

    /** Findings counted but not on the page, because only the first ones are recorded with the build. */
    public int getFindingsNotShown() {
        return findingsTotal - findingsKept;
    }

    public List<RunbookRow> getRunbooks() {
        return rows().runbooks();
    }

    public List<FindingRow> getFindings() {
        return rows().findings();
    }

    public List<ReviewItem> getReviewPlan() {
        return rows().reviewPlan();
    }

    /** The generated index by category (publishRunbookIndex); empty for other steps. */
    public List<IndexSection> getIndex() {
        return rows().index();
    }

    /** True when the record file could not be read (deleted, or damaged), so the tables are empty for that reason. */
    public boolean isRowsMissing() {
        return run != null && rows() == StepRecord.EMPTY;
    }

    /** The record file, or null before the action is attached to a run. */
    Path recordPath() {
        if (run == null) {
            return null;
        }
        File root = run.getRootDir();
        return root.toPath().resolve(recordFile);
    }

    private StepRecord rows() {
        SoftReference<StepRecord> cached = rows;
        StepRecord record = cached == null ? null : cached.get();
        if (record == null) {
            record = load();
            rows = new SoftReference<>(record);
        }
        return record;
    }

    private StepRecord load() {
        Path file = recordPath();
        if (file == null) {
            return StepRecord.EMPTY;
        }
        try {
            return StepRecord.read(file);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot read the runbook governance record " + file, e);
            return StepRecord.EMPTY;
        }
    }
}
