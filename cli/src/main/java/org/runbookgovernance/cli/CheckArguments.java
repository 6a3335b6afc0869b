package org.runbookgovernance.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A plain {@code check} (or {@code freshness}, {@code alerts}) command line read without picocli: picocli builds its model of every option from the
 * annotations by reflection, about 0.1 s of each start and a fifth of a check of a small repository. Only
 * the shapes picocli reads in one obvious way are taken: the known options, each at most once unless it
 * repeats, as {@code --name value} or {@code --name=value}, values that are not empty and do not start
 * with {@code -} or {@code @}, at most one folder, and values the options accept. Anything else (help,
 * version, an unknown or repeated option, an argument file, {@code --}, a bad value) returns empty and
 * picocli reads the line as before, usage errors included. {@code CheckArgumentsTest} compares what both
 * make of generated command lines.
 */
final class CheckArguments {

    private static final Set<String> VALUED = Set.of("--config", "--today", "--include", "--exclude", "--rules",
            "--runbook-url-map", "--branch", "--target", "-f", "--format", "-o", "--output", "--fail-on",
            "--min-severity", "--baseline", "--group-by", "--cache-dir");
    private static final Set<String> REPEATABLE = Set.of("--include", "--exclude", "--rules", "--runbook-url-map");

    private CheckArguments() {
    }

    /** The commands that are {@code check} with fewer rules, and so take the same options. */
    private static final Map<String, Function<Invocation, CheckCommand>> COMMANDS = Map.of(
            "check", CheckCommand::new, "freshness", FreshnessCommand::new, "alerts", AlertsCommand::new);

    /** The command these arguments (its name first) describe, or empty for picocli to read. */
    static Optional<CheckCommand> read(String[] args, Invocation invocation) {
        Function<Invocation, CheckCommand> command = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (command == null) {
            return Optional.empty();
        }
        RepositoryOptions repository = new RepositoryOptions();
        ReportOptions reporting = new ReportOptions();
        BaselineOption baseline = new BaselineOption();
        // picocli's defaults for these options (the annotations' defaultValue).
        repository.dir = Path.of("runbooks");
        reporting.format = "text";
        reporting.failOn = "error";
        reporting.minSeverity = "info";
        reporting.groupBy = "file";
        Set<String> seen = new HashSet<>();
        boolean dirGiven = false;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.charAt(0) == '@') {
                    return Optional.empty();
                }
                if (arg.charAt(0) != '-') {
                    if (dirGiven) {
                        return Optional.empty();
                    }
                    dirGiven = true;
                    repository.dir = Path.of(arg);
                    continue;
                }
                int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                String attached = eq > 0 ? arg.substring(eq + 1) : null;
                if (!REPEATABLE.contains(name) && !seen.add(option(name))) {
                    return Optional.empty();
                }
                if (!VALUED.contains(name)) {
                    if (attached != null || !flag(name, repository, reporting)) {
                        return Optional.empty();
                    }
                    continue;
                }
                String value = attached != null ? attached : i + 1 < args.length ? args[++i] : null;
                if (value == null || !plainValue(value)) {
                    return Optional.empty();
                }
                if (name.equals("--baseline")) {
                    baseline.file = Path.of(value);
                } else {
                    set(name, value, repository, reporting);
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!repository.valid() || !reporting.valid()) {
            return Optional.empty();
        }
        CheckCommand read = command.apply(invocation);
        read.repository = repository;
        read.reporting = reporting;
        read.baseline = baseline;
        return Optional.of(read);
    }

    /** One name per option, so a short and a long name, or a flag and its negation, count as the same option. */
    private static String option(String name) {
        return switch (name) {
            case "-f" -> "--format";
            case "-o" -> "--output";
            case "--colour", "--no-color", "--no-colour" -> "--color";
            default -> name;
        };
    }

    private static boolean plainValue(String value) {
        return !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@';
    }

    private static boolean flag(String name, RepositoryOptions repository, ReportOptions reporting) {
        switch (name) {
            case "--no-git" -> repository.noGit = true;
            case "--no-cache" -> repository.noCache = true;
            case "--changed-only" -> reporting.changedOnly = true;
            case "--new-only" -> reporting.newOnly = true;
            case "--timings" -> reporting.timings = true;
            case "--color", "--colour" -> reporting.colour = Boolean.TRUE;
            case "--no-color", "--no-colour" -> reporting.colour = Boolean.FALSE;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void set(String name, String value, RepositoryOptions repository, ReportOptions reporting) {
        switch (name) {
            case "--config" -> repository.config = Path.of(value);
            case "--today" -> repository.today = value;
            case "--include" -> repository.include.add(value);
            case "--exclude" -> repository.exclude.add(value);
            case "--rules" -> repository.alertRules.add(value);
            case "--runbook-url-map" -> repository.urlMap.add(value);
            case "--branch" -> repository.branch = value;
            case "--target" -> repository.target = value;
            case "--cache-dir" -> repository.cacheDir = Path.of(value);
            case "-f", "--format" -> reporting.format = value;
            case "-o", "--output" -> reporting.output = Path.of(value);
            case "--fail-on" -> reporting.failOn = value;
            case "--min-severity" -> reporting.minSeverity = value;
            case "--group-by" -> reporting.groupBy = value;
            default -> throw new IllegalArgumentException("not a valued option: " + name);
        }
    }

    /** The options {@link #read} takes, for tests that generate command lines. */
    static List<String> options() {
        List<String> all = new ArrayList<>(VALUED);
        all.addAll(List.of("--no-git", "--no-cache", "--changed-only", "--new-only", "--timings", "--color", "--colour", "--no-color",
                "--no-colour"));
        all.sort(null);
        return all;
    }
}
