package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.runbookgovernance.baseline.Baseline;
import org.runbookgovernance.baseline.NewFindings;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Checked;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.RunbookStatus;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.ReportPolicy;
import org.runbookgovernance.report.ReportPolicy.InvalidSetting;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;
import org.runbookgovernance.report.render.ReportRenderer;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.review.DigestWriter;
import org.runbookgovernance.review.OwnerDigest;
import org.runbookgovernance.review.OwnerDigests;
import org.runbookgovernance.review.ReviewPlan;
import org.runbookgovernance.review.ReviewPlanWriter;
import org.runbookgovernance.rules.RuleRegistry;
import org.runbookgovernance.rules.governance.RuleFailed;

/**
 * The agent side of every step, free of Jenkins types: resolve the folders inside the workspace, load the
 * config, run the engine once, write the report files, and boil the report down to a {@link GovernanceOutcome}.
 * Input the user can fix never escapes as an exception; it comes back as {@link GovernanceOutcome#badInput}.
 */
final class WorkspaceCheck {

    /** Base name of the review plan files runbookReviewPlan writes. */
    static final String REVIEW_PLAN = "review-plan";

    private WorkspaceCheck() {
    }

    static GovernanceOutcome run(Path workspace, CheckPlan plan) throws IOException {
        return run(workspace, plan, WorkspaceCheck::rules);
    }

    /** As {@link #run(Path, CheckPlan)} with the rules {@code rules} picks for the step (tests add a failing one). */
    static GovernanceOutcome run(Path workspace, CheckPlan plan, Function<StepSettings, RuleRegistry> rules)
            throws IOException {
        List<String> log = new ArrayList<>();
        try {
            return check(workspace.toAbsolutePath().normalize(), plan, rules, log);
        } catch (BadInputException | IllegalArgumentException e) {
            return GovernanceOutcome.badInput(e.getMessage(), log);
        } catch (RuntimeException e) {
            // A bug must not escape as an exception Jenkins prints without context: it fails the step cleanly.
            return GovernanceOutcome.internalError(e, log);
        }
    }

    private static GovernanceOutcome check(Path workspace, CheckPlan plan, Function<StepSettings, RuleRegistry> ruleSet,
                                           List<String> log) throws IOException {
        StepSettings s = plan.settings();
        String dirName = blankToNull(s.dir()) == null ? StepSettings.DEFAULT_DIR : s.dir().strip();
        Path root = inside(workspace, dirName, "dir");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("runbook folder `" + dirName + "` not found in the workspace; check out "
                    + "the repository first or set `dir` to the folder that holds the runbooks");
        }
        Path explicitConfig = blankToNull(s.config()) == null ? null : inside(workspace, s.config().strip(), "config");
        Config config = ConfigLoader.load(root, explicitConfig);
        ReportPolicy policy;
        List<ReportFormat> formats;
        try {
            policy = new ReportPolicy(ReportPolicy.failOn(s.failOn(), config), ReportPolicy.unstableOn(s.unstableOn(),
                    config), ReportPolicy.minimum(s.minSeverity(), config));
            formats = ReportPolicy.formats(s.formats(), config, Output.STEP);
        } catch (InvalidSetting e) {
            throw new IllegalArgumentException(message(e));
        }
        String reportDir = ReportPolicy.dir(s.reportDir(), config).orElse(StepSettings.DEFAULT_REPORT_DIR);

        config = config.withDocuments(config.documents().withOverrides(list(s.includes()), list(s.excludes())));
        CheckRequest request = CheckRequest.of(root, config, plan.today())
                .withRuleGroups(inventoryGroups(s.kind()))
                .withGit(!s.noGit(), plan.environment(), optional(s.branch()), optional(s.target()), s.changedOnly())
                .withAlerts(list(s.rules()), urlMap(s.runbookUrlMap()))
                .withNewOnly(s.newOnly());
        RuleRegistry rules = ruleSet.apply(s);
        // The faces that show runbooks rather than findings work from the inventory the check judged.
        Checked checked = NewFindings.check(new Governance(rules), request, ProgressListener.NONE);
        Set<String> ran = new HashSet<>();
        rules.rules().forEach(r -> ran.add(r.id()));
        // With changedOnly, findings on untouched files were not looked at: none of them counts as fixed; with
        // newOnly, findings the target has as well were left out before the baseline saw them.
        Report full = baseline(workspace, root, s).apply(checked.report(), id -> !s.changedOnly() && !s.newOnly()
                && ran.contains(id), config);
        if (full.baselined() > 0) {
            log.add(String.format(Locale.ROOT, "%,d", full.baselined())
                    + (full.baselined() == 1 ? " baselined finding" : " baselined findings") + " not shown");
        }
        Report report = policy.shown(full);
        report.notes().forEach(n -> log.add("note: " + n));
        Inventory inventory = checked.inventory();

        long filesStart = System.nanoTime();
        ReportFiles files = new ReportFiles(workspace, inside(workspace, reportDir, "reportDir"));
        RenderOptions options = new RenderOptions(false, rules.summaries(), "");
        List<String> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            String fileName = format.fileName(s.kind().functionName());
            if (format == ReportFormat.HTML) {
                written.add(files.writeText(fileName, out -> IndexPublication.dashboard(inventory, report, out)));
            } else {
                ReportRenderer renderer = format.renderer(options);
                written.add(files.write(fileName, out -> renderer.render(report, out)));
            }
        }
        List<ReviewItem> reviewPlan = List.of();
        List<OwnerDigestRow> digests = List.of();
        if (s.kind() == StepKind.REVIEW_PLAN) {
            ReviewPlan reviews = ReviewPlan.of(inventory, s.horizon());
            written.add(files.write(REVIEW_PLAN + ".md", ReviewPlanWriter.markdown(reviews)));
            written.add(files.write(REVIEW_PLAN + ".csv", ReviewPlanWriter.csv(reviews)));
            written.add(files.write(REVIEW_PLAN + ".json", ReviewPlanWriter.json(reviews)));
            reviewPlan = reviewItems(reviews);
            if (!s.byOwner() && blankToNull(s.outputDir()) != null) {
                log.add("outputDir is where byOwner: true writes the owners' digests; without it none is written");
            }
            if (s.byOwner()) {
                String dir = blankToNull(s.outputDir()) == null ? reportDir + "/" + StepSettings.DEFAULT_DIGEST_DIR
                        : s.outputDir().strip();
                digests = digests(workspace, inside(workspace, dir, "outputDir"), OwnerDigests.of(reviews, config),
                        written, log);
            }
        }
        List<IndexSection> index = List.of();
        if (s.kind() == StepKind.PUBLISH_INDEX) {
            index = IndexPublication.publish(root, inventory, report, s.write(), files, written, log);
        }
        log.add(LogSummary.timings(full.timings(), (System.nanoTime() - filesStart) / 1_000_000L));
        List<String> ruleFailures = full.findings().stream().filter(f -> f.ruleId().equals(RuleFailed.ID))
                .map(Finding::message).toList();

        return new GovernanceOutcome(null, root.toString(), plan.today().toString(), Gate.of(policy.failOn()),
                Gate.of(policy.unstableOn()),
                (int) report.count(Level.ERROR), (int) report.count(Level.WARNING), (int) report.count(Level.INFO),
                report.worst().orElse(null), rows(report), findingRows(report), report.findings().size(),
                reviewPlan, index, log, written, ruleFailures, digests);
    }

    /** Writes the digests into {@code folder} and says in the log who has none to be sent to. */
    private static List<OwnerDigestRow> digests(Path workspace, Path folder, OwnerDigests digests, List<String> written,
                                                List<String> log) throws IOException {
        DigestWriter.write(folder, digests);
        String prefix = workspace.relativize(folder).toString().replace('\\', '/') + "/";
        List<OwnerDigestRow> rows = new ArrayList<>();
        for (OwnerDigest o : digests.owners()) {
            written.add(prefix + o.file());
            rows.add(new OwnerDigestRow(o.owner(), o.address().orElse(""), prefix + o.file(),
                    o.count(ReviewState.OVERDUE), o.runbooks().stream().map(i -> i.id()).toList()));
        }
        written.add(prefix + OwnerDigests.INDEX_FILE);
        long unaddressed = digests.owners().stream().filter(o -> o.address().isEmpty()).count();
        log.add(digests.owners().size() + " owner digest(s) in " + prefix + (unaddressed == 0 ? ""
                : "; " + unaddressed + " without an address in `review.owners`"));
        return rows;
    }

    /** The {@code baseline} file, which must exist when named, else {@code dir}'s own when present. */
    private static Baseline baseline(Path workspace, Path root, StepSettings s) {
        if (blankToNull(s.baseline()) == null) {
            return Baseline.read(root.resolve(Baseline.FILE_NAME));
        }
        Path file = inside(workspace, s.baseline().strip(), "baseline");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("baseline `" + s.baseline().strip() + "` not found in the workspace; "
                    + "write it with `runbook-governance baseline` and commit it, or leave `baseline` out");
        }
        return Baseline.read(file);
    }

    /**
     * The rule groups whose input the inventory reads; the rules that run are {@link #rules}'. The review plan
     * puts runbooks behind critical alerts first, so it reads the alert rule files without running their rules.
     */
    static List<String> inventoryGroups(StepKind kind) {
        if (kind == StepKind.REVIEW_PLAN) {
            List<String> groups = new ArrayList<>(kind.ruleGroups());
            groups.add("alerts");
            return groups;
        }
        return kind.ruleGroups();
    }

    /** The step's rule groups; {@code publishRunbookIndex check: false} runs none and only publishes. */
    private static RuleRegistry rules(StepSettings s) {
        if (s.kind() == StepKind.PUBLISH_INDEX && !s.check()) {
            return RuleRegistry.of(List.of());
        }
        return RuleRegistry.standard().onlyGroups(s.kind().ruleGroups());
    }

    /** The step's wording of a bad {@code report:} setting, naming the step parameter it came through. */
    static String message(InvalidSetting e) {
        return switch (e.key()) {
            case ReportPolicy.FAIL_ON -> "`" + e.value() + "` is not a valid `failOn`; use " + e.expected();
            case ReportPolicy.UNSTABLE_ON -> "`" + e.value() + "` is not a valid `unstableOn`; use " + e.expected();
            case ReportPolicy.MIN_SEVERITY -> "`" + e.value() + "` is not a valid `minSeverity`; use " + e.expected();
            default -> "`" + e.value() + "` is not a report format; use " + e.expected();
        };
    }

    /** Resolves a workspace-relative path and refuses one that climbs out of the workspace. */
    static Path inside(Path workspace, String relative, String parameter) {
        Path resolved = workspace.resolve(relative).normalize();
        if (!resolved.startsWith(workspace)) {
            throw new IllegalArgumentException("`" + parameter + "` must stay inside the workspace, but `" + relative
                    + "` points outside it; give a path relative to the workspace");
        }
        return resolved;
    }

    static List<RunbookRow> rows(Report report) {
        Map<String, int[]> counts = new HashMap<>();
        for (Finding f : report.findings()) {
            f.runbook().ifPresent(id -> counts.computeIfAbsent(id.value(), k -> new int[3])[f.level().ordinal()]++);
        }
        List<RunbookRow> rows = new ArrayList<>();
        for (RunbookStatus r : report.runbooks()) {
            int[] c = counts.getOrDefault(r.id(), new int[3]);
            rows.add(new RunbookRow(r.id(), r.title(), r.path(), r.owner().orElse(""), r.severity().orElse(""),
                    r.reviewState().label(), r.nextReview().map(LocalDate::toString).orElse(""), c[0], c[1], c[2]));
        }
        return rows;
    }

    static List<FindingRow> findingRows(Report report) {
        return report.findings().stream()
                .sorted(Comparator.comparing(Finding::level).thenComparing(Finding.ORDER))
                .limit(GovernanceOutcome.MAX_FINDINGS)
                .map(f -> new FindingRow(f.ruleId(), f.level().label(), f.position().path(), f.position().line(),
                        f.runbook().map(id -> id.value()).orElse(""), f.message()))
                .toList();
    }

    /**
     * The core plan as one list, most urgent first (the plan's order: overdue, never reviewed, due soon, later;
     * runbooks behind a critical alert first in each), whatever the owner: what a script iterates over. The
     * plan's files keep the core's grouping by owner.
     */
    static List<ReviewItem> reviewItems(ReviewPlan plan) {
        return plan.items().stream()
                .sorted(ReviewPlan.ORDER)
                .map(i -> new ReviewItem(i.id(), i.title(), i.path(),
                        ReviewPlan.NO_OWNER.equals(i.owner()) ? "" : i.owner(),
                        i.due() == null ? "" : i.due().toString(), i.daysLeft(), i.state().label()))
                .toList();
    }

    /** Comma- or newline-separated values, blanks dropped; a YAML list from the config works too. */
    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
        return Arrays.stream(String.valueOf(value).split("[,\\n]")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
    }

    /** {@code URL=DIR} pairs, one per line or comma-separated; the last '=' splits, as URLs may hold one. */
    static Map<String, String> urlMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : new LinkedHashSet<>(list(text))) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("`" + pair + "` in `runbookUrlMap` is not URL=DIR; write e.g. "
                        + "https://wiki.example.com/runbooks/=runbooks");
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return map;
    }

    private static Optional<String> optional(String text) {
        return Optional.ofNullable(blankToNull(text)).map(String::strip);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
