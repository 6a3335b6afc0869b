package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.record.ReviewRound;
import org.runbookgovernance.record.ReviewRound.RecordedReview;
import org.runbookgovernance.record.ReviewTargets;
import org.runbookgovernance.rules.branch.BranchPolicy;
import org.runbookgovernance.rules.branch.BranchName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mark-reviewed}: records a review in the runbooks named, or in every runbook due: Last Review becomes the
 * day of the review, Next Review that day plus the runbook's interval, in the lines the runbook already has.
 */
@Command(name = "mark-reviewed", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Record a review: set Last Review to --date and Next Review to --date plus the runbook's "
                + "review interval, in the form each runbook already uses (label lines or front matter). Last "
                + "Updated is left alone: a review that changes nothing is no update.",
        footer = {"", "Exit codes: 0 reviews recorded (or nothing due); 2 bad usage, an id that names no runbook or "
                + "several, or a runbook whose review cannot be recorded: then no file is written."})
final class MarkReviewedCommand implements Callable<Integer> {

    private static final String DEFAULT_DIR = "runbooks";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "[DIR] ID",
            description = "The runbook repository (default: " + DEFAULT_DIR + ", when the first word is no folder), "
                    + "then runbook ids (RB-010) or files relative to DIR (README.md).")
    List<String> words = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the review (default: today).")
    String date;

    @Option(names = "--by", paramLabel = "NAME",
            description = "Who reviewed: written as Reviewed By (added when the runbook has no such line).")
    String by;

    @Option(names = "--all-due",
            description = "Also every runbook the review plan lists as overdue or due within review.due_soon_days.")
    boolean allDue;

    @Option(names = "--branch",
            description = "Print the branch the change goes on, as the branch convention names it.")
    boolean branch;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: DIR/.runbook-governance.yml when present, else built-in defaults).")
    Path config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day --all-due judges due dates on, and the default --date (default: today).")
    String today;

    @Option(names = "--no-git", description = "Do not read git history (--all-due then dates undated runbooks as never reviewed).")
    boolean noGit;

    private final Invocation invocation;

    MarkReviewedCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        List<String> names = new ArrayList<>(words);
        boolean dirGiven = !names.isEmpty() && Files.isDirectory(invocation.workingDirectory().resolve(names.get(0)));
        Path dir = Path.of(dirGiven ? names.remove(0) : DEFAULT_DIR);
        if (names.isEmpty() && !allDue) {
            throw new ParameterException(spec.commandLine(), "no runbook named; give runbook ids (RB-010) or files "
                    + "after DIR, or --all-due");
        }
        LocalDate day = day(today, "--today", LocalDate.now(invocation.clock()));
        LocalDate on = day(date, "--date", day);
        if (on.isAfter(day.plusDays(1))) {
            throw new ParameterException(spec.commandLine(), "--date: " + on + " is after today (" + day
                    + "); a review is recorded on the day it happened or later");
        }
        Optional<String> reviewer = Optional.ofNullable(by).map(String::strip);
        if (reviewer.isPresent() && (reviewer.get().isEmpty() || reviewer.get().contains("\n"))) {
            throw new ParameterException(spec.commandLine(), "--by: give the reviewer's name on one line, e.g. --by ana");
        }
        // Read where the working directory says; messages show DIR as given.
        Path root = invocation.workingDirectory().resolve(dir);
        Config loaded = ConfigLoader.load(root, config == null ? null : invocation.workingDirectory().resolve(config));
        CheckRequest request = CheckRequest.of(root, loaded, day)
                .withGit(allDue && !noGit, invocation.env(), Optional.empty(), Optional.empty(), false)
                .withWorkingDirectory(invocation.workingDirectory());
        Inventory inventory = Governance.standard().inventory(request);

        ReviewTargets named = ReviewTargets.named(inventory, relativeTo(dir, names));
        Map<String, Runbook> targets = new LinkedHashMap<>();
        named.runbooks().forEach(r -> targets.putIfAbsent(r.location(), r));
        if (allDue) {
            ReviewTargets.allDue(inventory).runbooks().forEach(r -> targets.putIfAbsent(r.location(), r));
        }
        ReviewRound round = ReviewRound.prepare(root, inventory, List.copyOf(targets.values()), on, reviewer);
        List<ReviewTargets.Refusal> refused = new ArrayList<>(named.refused());
        refused.addAll(round.refused());
        if (!refused.isEmpty()) {
            for (ReviewTargets.Refusal r : refused) {
                String file = r.path().map(p -> dir.resolve(p).toString()).orElse(dir.toString());
                invocation.err().println(Main.NAME + ": " + file + ": " + r.message() + "; nothing was written");
            }
            return 2;
        }
        try {
            round.write();
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(dir.toString()), "could not write a runbook: "
                    + e.getMessage() + "; check the folder's permissions");
        }
        if (round.reviews().isEmpty()) {
            invocation.out().println("nothing to mark: no runbook is overdue or due within "
                    + inventory.config().review().dueSoonDays() + " days");
        }
        for (RecordedReview r : round.reviews()) {
            invocation.out().println(line(dir, r));
        }
        if (branch) {
            printBranches(inventory, List.copyOf(targets.values()), round);
        }
        return 0;
    }

    /** "runbooks/incidents/RB-010.md: RB-010 last review 2026-08-20 → 2026-11-26, next review ...". */
    private static String line(Path dir, RecordedReview r) {
        String file = dir.resolve(r.path()).toString();
        String who = r.name().equals(r.path()) ? "" : r.name() + " ";
        String reviewer = r.review().reviewer().map(n -> ", reviewed by " + n).orElse("");
        if (!r.changed()) {
            return file + ": " + who + "already reviewed on " + r.review().on() + ", next review " + r.review().next()
                    + reviewer + "; unchanged";
        }
        return file + ": " + who + "last review " + r.lastBefore().map(Object::toString).orElse("none") + " → "
                + r.review().on() + ", next review " + r.nextBefore().map(Object::toString).orElse("none") + " → "
                + r.review().next() + " (" + r.interval().name() + ")" + reviewer;
    }

    /**
     * The branch for each runbook, as {@code branch.example} and {@code branch.pattern} name it; only a name that
     * carries the runbook's id, and none where the repository has no convention (as {@code branch/name} judges).
     */
    private void printBranches(Inventory inventory, List<Runbook> runbooks, ReviewRound round) {
        if (!BranchName.conventionApplies(inventory)) {
            invocation.out().println("branch: no convention to follow (no branch.pattern is set and no runbook has an "
                    + "RB-NNN id); name the branch as the team does");
            return;
        }
        BranchPolicy policy = BranchPolicy.from(inventory.config());
        for (RecordedReview reviewed : round.reviews()) {
            Optional<Runbook> r = runbooks.stream().filter(x -> x.document().kind() == DocumentKind.RUNBOOK
                    && x.id().value().equals(reviewed.name())).findFirst();
            if (r.isEmpty()) {
                continue; // an index or a guide has no runbook id to name a branch after
            }
            String what = (reviewed.interval().name().matches("[a-z-]+") ? reviewed.interval().name() + " " : "")
                    + "review";
            String id = r.get().id().value().toLowerCase(Locale.ROOT);
            Optional<String> name = policy.suggestion(r.get().id(), Optional.of(what))
                    .filter(n -> n.toLowerCase(Locale.ROOT).contains(id));
            invocation.out().println("branch for " + reviewed.name() + ": " + name.orElse(
                    "none (no name with this id fits branch.pattern `" + policy.pattern().pattern() + "`)"));
        }
    }

    /** Files named by a path from the working directory become paths relative to DIR, as the inventory has them. */
    private List<String> relativeTo(Path dir, List<String> names) {
        Path root = invocation.workingDirectory().resolve(dir).toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Path p = invocation.workingDirectory().resolve(n).toAbsolutePath().normalize();
            if (Files.isRegularFile(p) && p.startsWith(root) && !Files.isRegularFile(root.resolve(n))) {
                out.add(root.relativize(p).toString().replace('\\', '/'));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private LocalDate day(String text, String option, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": `" + text
                    + "` is not a date; expected YYYY-MM-DD, e.g. 2026-11-26");
        }
    }
}
