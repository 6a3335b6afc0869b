package org.runbookgovernance.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.git.HistoryCacheSetting;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Which repository to read and how: the options every subcommand that reads runbooks shares. */
final class RepositoryOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "runbooks", paramLabel = "DIR",
            description = "The runbook repository (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: DIR/.runbook-governance.yml when present, else built-in defaults).")
    Path config;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day to judge freshness on (default: today).")
    String today;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Which files are runbooks, replacing the config's documents.runbooks (repeatable).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to leave out entirely (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "GLOB",
            description = "Extra alert rule files (repeatable): a glob relative to DIR, or outside it an absolute "
                    + "path or one starting with ../ (relative to the working directory).")
    List<String> alertRules = new ArrayList<>();

    @Option(names = "--runbook-url-map", paramLabel = "URL=DIR",
            description = "Runbook URLs starting with URL point into folder DIR (repeatable).")
    List<String> urlMap = new ArrayList<>();

    @Option(names = "--no-git", description = "Do not read git history or the change set.")
    boolean noGit;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep the history walk's answers between checks in DIR (default: the repository's .git folder).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Walk the whole history on every check; keep no history cache.")
    boolean noCache;

    @Option(names = "--branch", paramLabel = "NAME", description = "The branch being checked (default: from CI or git).")
    String branch;

    @Option(names = "--target", paramLabel = "NAME", description = "The branch a pull request merges into.")
    String target;

    /** The engine request these options describe; bad values are usage errors (exit 2). */
    CheckRequest request(Invocation invocation, boolean changedOnly) {
        LocalDate day = day(invocation);
        Map<String, String> mappings = urlMappings();
        Config loaded = ConfigLoader.load(dir, config);
        Config effective = loaded.withDocuments(loaded.documents().withOverrides(include, exclude));
        return CheckRequest.of(dir, effective, day)
                .withGit(!noGit, invocation.env(), Optional.ofNullable(branch), Optional.ofNullable(target),
                        changedOnly)
                .withAlerts(alertRules, mappings)
                .withWorkingDirectory(invocation.workingDirectory())
                .withHistoryCache(noCache ? HistoryCacheSetting.OFF
                        : cacheDir != null ? HistoryCacheSetting.in(cacheDir) : HistoryCacheSetting.IN_GIT_FOLDER);
    }

    private LocalDate day(Invocation invocation) {
        if (today == null) {
            return LocalDate.now(invocation.clock());
        }
        return parseDay(today).orElseThrow(() -> new ParameterException(spec.commandLine(), "--today: `" + today
                + "` is not a date; expected YYYY-MM-DD, e.g. 2026-11-26"));
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> urlMappings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String m : urlMap) {
            int eq = mappingSplit(m);
            if (eq < 0) {
                throw new ParameterException(spec.commandLine(), "--runbook-url-map: `" + m
                        + "` is not URL=DIR; write e.g. https://wiki.example.com/runbooks/=incidents");
            }
            out.put(m.substring(0, eq), m.substring(eq + 1));
        }
        return out;
    }

    /** Where URL=DIR splits, or -1 when either side is empty. */
    private static int mappingSplit(String mapping) {
        // URLs may carry '=' in a query; folders rarely do, so split at the last one.
        int eq = mapping.lastIndexOf('=');
        return eq <= 0 || eq == mapping.length() - 1 ? -1 : eq;
    }
}
