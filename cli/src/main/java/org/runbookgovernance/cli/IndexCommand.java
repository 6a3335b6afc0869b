package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Checked;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.rules.governance.NoRunbooks;
import org.runbookgovernance.engine.ProgressListener;
import org.runbookgovernance.index.Dashboard;
import org.runbookgovernance.index.IndexDrift;
import org.runbookgovernance.index.IndexFile;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexJson;
import org.runbookgovernance.index.IndexMarkers;
import org.runbookgovernance.index.IndexOpenMetrics;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.index.RunbookIndex;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.ReportFormat;
import org.runbookgovernance.report.render.ReportFormat.Output;
import org.runbookgovernance.rules.index.OutOfDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code index}: the runbook index generated from metadata. {@code --write} fills the marked regions of the
 * index document, {@code --check} shows how it drifted; otherwise the index is printed as Markdown, JSON,
 * an HTML dashboard or OpenMetrics.
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate the runbook index from metadata: write it into the README between markers, check it, "
                + "or print it as md, json, html or openmetrics.",
        footer = {"", "Exit codes: 0 written, printed or up to date; 1 --check found the index out of date; "
                + "2 bad usage, bad config, no markers or unreadable input."})
final class IndexCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @ArgGroup(exclusive = true)
    Mode mode;

    @Mixin
    BaselineOption baseline = new BaselineOption();

    static final class Mode {
        @Option(names = "--write", required = true,
                description = "Regenerate the marked regions of the index document in place (atomically).")
        boolean write;

        @Option(names = "--check", required = true,
                description = "Exit 1 with a unified diff when the marked regions are out of date.")
        boolean check;
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            completionCandidates = FormatNames.Index.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the index to FILE (atomically) instead of stdout.")
    Path output;

    private final Invocation invocation;

    IndexCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        ReportFormat kind = ReportFormat.parse(format, Output.INDEX).orElseThrow(() -> new ParameterException(
                repository.spec.commandLine(), "--format: `" + format + "` is not an index format; expected "
                + Output.INDEX.names()));
        CheckRequest request = repository.request(invocation, false);
        ProgressListener progress = Progress.forInvocation(invocation);
        Checked checked;
        Inventory inventory;
        IndexSettings settings;
        RunbookIndex index;
        String path = null;
        try {
            // The dashboard shows findings too: run the check once and keep the inventory it judged.
            checked = kind == ReportFormat.HTML ? Governance.standard().checkKeepingInventory(request, progress) : null;
            inventory = checked != null ? checked.inventory() : Governance.standard().inventory(request, progress);
            settings = IndexSettings.from(inventory.config());
            progress.update("index", 0, 0);
            if (mode != null) {
                path = indexPath(inventory, settings, request.root());
                index = IndexGenerator.generate(inventory, settings, path);
            } else {
                index = IndexGenerator.generate(inventory, settings);
            }
        } finally {
            if (progress instanceof Progress shown) {
                shown.finish(); // before anything is printed
            }
        }
        // An empty index would read as "nothing to list" when the globs found nothing to index.
        NoRunbooks.message(inventory).ifPresent(m -> invocation.err().println(Main.NAME + ": warning: " + m));
        if (mode != null) {
            Path file = request.root().resolve(path);
            String current = IndexFile.read(file, path);
            IndexRegions regions = IndexMarkers.regions(current, path);
            String regenerated = IndexMarkers.apply(current, index.regions(), path);
            return mode.write ? write(file, path, current, regenerated) : check(inventory, regions, path, current,
                    regenerated);
        }
        if (kind == ReportFormat.HTML) {
            // Streamed: for a large repository the page is tens of megabytes.
            Report report = baseline.apply(checked.report(), request.root(), id -> true, inventory.config());
            ReportOutput.write(out -> Dashboard.render(inventory, report, index, settings, out), output,
                    invocation.out());
            return 0;
        }
        if (kind == ReportFormat.JSON) {
            ReportOutput.writeBytes(out -> IndexJson.render(index, settings, out), output, invocation.out());
            return 0;
        }
        String text = kind == ReportFormat.OPENMETRICS ? IndexOpenMetrics.render(index) : index.markdown();
        ReportOutput.write(text, output, invocation.out());
        return 0;
    }

    private int write(Path file, String path, String current, String regenerated) throws IOException {
        if (current.equals(regenerated)) {
            invocation.out().println("index up to date: " + path);
            return 0;
        }
        try {
            IndexFile.replace(file, regenerated);
        } catch (IOException e) {
            // disk full, read-only folder: the user's problem to fix, and the old index is still there
            throw new BadInputException(SourcePosition.file(path), "cannot write the index (" + ReportOutput.reason(e)
                    + "); the file is left unchanged");
        }
        invocation.out().println("index written: " + path);
        return 0;
    }

    private int check(Inventory inventory, IndexRegions regions, String path, String current, String regenerated) {
        Optional<String> diff = IndexDrift.unifiedDiff(path, current, regenerated);
        if (diff.isEmpty()) {
            invocation.out().println("index up to date: " + path);
            return 0;
        }
        OutOfDate rule = new OutOfDate();
        Findings findings = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory, findings);  // the inventory holds the regions the engine read
        for (Finding f : findings.list()) {
            invocation.out().println(f.position() + " " + f.level().label() + " " + f.ruleId());
            invocation.out().println("  " + f.message());
        }
        invocation.out().print(diff.get());
        invocation.out().flush();
        return 1;
    }

    /** The configured index document, else the first index document with markers; none is bad input. */
    private static String indexPath(Inventory inventory, IndexSettings settings, Path root) {
        if (settings.indexPath().isPresent()) {
            return settings.indexPath().get();
        }
        List<String> candidates = inventory.documents(DocumentKind.INDEX).stream().map(Document::path).sorted().toList();
        for (String candidate : candidates) {
            Path file = root.resolve(candidate);
            if (Files.isRegularFile(file) && IndexFile.read(file, candidate).contains(IndexMarkers.PREFIX + "begin")) {
                return candidate;
            }
        }
        throw new BadInputException(SourcePosition.file(candidates.isEmpty() ? "README.md" : candidates.get(0)),
                "no index document with markers; add `<!-- runbook-governance:begin directory -->` and "
                        + "`<!-- runbook-governance:end directory -->` lines to the README, or set `index.path`");
    }
}
