package org.runbookgovernance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The plain {@code check}, {@code freshness} and {@code alerts} reading against picocli's: the same options from the same line, or picocli reads it. */
class CheckArgumentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final Invocation QUIET = new Invocation(CLOCK, Map.of(), System.out, System.err, false);

    /** Lines from the README, the Jenkinsfile examples and the benchmark: the plain reading must take them. */
    static Stream<String> commonLines() {
        return Stream.of(
                "check",
                "check runbooks",
                "check runbooks --today 2026-11-26",
                "check bench/target/corpus --today 2026-11-26 --no-git --format json --output check.json",
                "check . --format=sarif -o runbook-governance.sarif --fail-on never",
                "check runbooks --changed-only --branch runbook/RB-001-service-down --target main",
                "check runbooks --new-only --target main",
                "check --min-severity warning --no-color --config ops/governance.yml runbooks",
                "check runbooks --rules alerts/*.yml --rules extra/**/*.yaml --runbook-url-map https://wiki/rb/=incidents",
                "check runbooks --include incidents/**/*.md --exclude drafts/** -f junit --colour",
                "freshness runbooks --today 2026-11-26 --fail-on warning",
                "alerts runbooks --no-git --format json");
    }

    @ParameterizedTest
    @MethodSource("commonLines")
    void takesTheCommonLinesAsPicocliReadsThem(String line) {
        String[] args = line.split(" ");
        Optional<CheckCommand> plain = CheckArguments.read(args, QUIET);
        assertThat(plain).as(line).isPresent();
        assertThat(options(plain.get())).as(line).isEqualTo(options(viaPicocli(args)));
    }

    /** Generated lines: whenever the plain reading takes one, picocli takes it too and sets every option alike. */
    static Stream<Arguments> generatedLines() {
        return lines().map(args -> Arguments.of((Object) args));
    }

    private static Stream<String[]> lines() {
        Random random = new Random(20261127);
        return IntStream.range(0, 3000).mapToObj(i -> line(random));
    }

    @ParameterizedTest
    @MethodSource("generatedLines")
    void agreesWithPicocliOnGeneratedLines(String[] args) {
        Optional<CheckCommand> plain = CheckArguments.read(args, QUIET);
        if (plain.isEmpty()) {
            return; // picocli reads it, as before
        }
        CheckCommand picocli;
        try {
            picocli = viaPicocli(args);
        } catch (ParameterException e) {
            throw new AssertionError("picocli refuses what the plain reading took: " + Arrays.toString(args), e);
        }
        assertThat(picocli.repository.valid() && picocli.reporting.valid()).as(Arrays.toString(args)).isTrue();
        assertThat(options(plain.get())).as(Arrays.toString(args)).isEqualTo(options(picocli));
        assertThat(plain.get().getClass()).isEqualTo(picocli.getClass());
    }

    @Test
    void generatedLinesAreBothTakenAndLeftToPicocli() {
        long taken = lines().filter(args -> CheckArguments.read(args, QUIET).isPresent()).count();
        assertThat(taken).isBetween(300L, 2700L);
    }

    @Test
    void leavesHelpVersionRepeatsArgumentFilesAndBadValuesToPicocli() {
        for (String line : List.of("check --help", "check -h", "check -V", "check --version", "check a b",
                "check --today 2026-11-26 --today 2026-11-27", "check -f json --format json", "check @args.txt",
                "check --color --no-color", "check -- runbooks", "check --format xml", "check --fail-on fatal",
                "check --min-severity never", "check --today tomorrow", "check --runbook-url-map =x",
                "check --no-git=true", "check -fjson", "check --form json", "check --output", "check -o -",
                "review-plan runbooks", "index runbooks", "rules", "check --unknown")) {
            assertThat(CheckArguments.read(line.split(" "), QUIET)).as(line).isEmpty();
        }
        assertThat(CheckArguments.read(new String[] {"check", ""}, QUIET)).isEmpty();
    }

    @Test
    void readsEveryOptionTheCommandsHave() {
        for (CheckCommand command : List.of(new CheckCommand(QUIET), new FreshnessCommand(QUIET),
                new AlertsCommand(QUIET))) {
            List<String> names = new ArrayList<>();
            for (OptionSpec option : new CommandLine(command).getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    names.addAll(Arrays.asList(option.names()));
                    if (option.negatable()) {
                        names.add("--no-" + option.longestName().substring(2));
                        names.add("--no-" + option.shortestName().substring(2));
                    }
                }
            }
            assertThat(new TreeSet<>(CheckArguments.options())).as(command.getClass().getSimpleName())
                    .isEqualTo(new TreeSet<>(names));
        }
    }

    @TempDir
    Path tmp;

    /** Whole runs both ways: the same exit code, output, errors and written report. */
    @Test
    void runsTheSameAsThroughPicocli() throws IOException {
        Path repo = TestRepos.overdueWithABrokenLink(tmp.resolve("repo"));
        String r = repo.toString();
        List<String> lines = List.of(r, r + " --no-git", r + " --no-git --format json --today 2026-12-30",
                r + " --no-git --fail-on never --min-severity error", r + " --no-git -f markdown --color",
                r + " --no-git --include **/*.md --exclude incidents/**", tmp.resolve("missing") + " --no-git",
                r + " --no-git --config " + tmp.resolve("missing.yml"), r + " --no-git --today 2026-02-30",
                r + " --no-git -o " + tmp.resolve("out/report.json") + " -f json");
        for (String command : List.of("check ", "freshness ", "alerts ")) {
            for (String line : lines) {
                String[] args = (command + line).split(" ");
                Outcome plain = run(args, true);
                Outcome picocli = run(args, false);
                assertThat(plain).as(command + line).isEqualTo(picocli);
            }
        }
        assertThat(CheckArguments.read(("check " + lines.get(0)).split(" "), QUIET)).isPresent();
    }

    private record Outcome(int exit, String out, String err, String written) {
    }

    private Outcome run(String[] args, boolean plainCheck) throws IOException {
        Path written = tmp.resolve("out/report.json");
        Files.deleteIfExists(written);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new Invocation(CLOCK, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false), plainCheck);
        return new Outcome(exit, withoutTimings(out.toString(StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8), Files.exists(written) ? withoutTimings(Files.readString(written)) : null);
    }

    /** Phase timings are the one part of a report two runs do not share. */
    private static String withoutTimings(String report) {
        return report.replaceAll("(?s)\"timings\": \\{.*?}", "\"timings\": {}");
    }

    private static CheckCommand viaPicocli(String[] args) {
        CheckCommand command = switch (args[0]) {
            case "freshness" -> new FreshnessCommand(QUIET);
            case "alerts" -> new AlertsCommand(QUIET);
            default -> new CheckCommand(QUIET);
        };
        new CommandLine(command).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return command;
    }

    /** Every option and parameter field of both mixins, by name: a new option is compared without a change here. */
    private static Map<String, Object> options(CheckCommand command) {
        Map<String, Object> values = new java.util.TreeMap<>();
        for (Object mixin : List.of(command.repository, command.reporting, command.baseline)) {
            for (Field field : mixin.getClass().getDeclaredFields()) {
                if (field.isAnnotationPresent(Option.class) || field.isAnnotationPresent(Parameters.class)) {
                    try {
                        values.put(field.getName(), String.valueOf(field.get(mixin)));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(values).hasSizeGreaterThanOrEqualTo(16);
        return values;
    }

    private static final List<String> POSITIONALS = List.of("runbooks", "repo", "x=y", "a b", "@args.txt", "", "-",
            "--");
    private static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("--today", List.of("2026-11-26", " 2026-11-26 ", "2026-13-01", "tomorrow")),
            Map.entry("--format", List.of("json", "JSON", "sarif", "text", "markdown", "junit", "xml")),
            Map.entry("-f", List.of("json", "sarif", "xml")),
            Map.entry("--fail-on", List.of("error", "warning", "info", "never", "NEVER", " never ", "fatal")),
            Map.entry("--min-severity", List.of("error", "warning", "info", "never")),
            Map.entry("--runbook-url-map", List.of("https://w/=incidents", "=x", "x=", "a=b=c")),
            Map.entry("--config", List.of(".runbook-governance.yml", "cfg.yml")),
            Map.entry("--output", List.of("out.json", "reports/out.sarif")),
            Map.entry("-o", List.of("out.json")),
            Map.entry("--include", List.of("**/*.md", "incidents/*.md")),
            Map.entry("--exclude", List.of("drafts/**")),
            Map.entry("--rules", List.of("alerts/*.yml", "x.yaml")),
            Map.entry("--branch", List.of("runbook/RB-001-x", "main")),
            Map.entry("--target", List.of("main")),
            Map.entry("--cache-dir", List.of(".cache/runbook-governance", "/tmp/rg")),
            Map.entry("--group-by", List.of("file", "rule", " RULE ", "author")),
            Map.entry("--baseline", List.of("ci/accepted.json", ".runbook-governance-baseline.json")));
    private static final List<String> OTHERS = List.of("--no-git", "--changed-only", "--timings", "--color",
            "--colour", "--no-color", "--new-only", "--no-colour", "--no-cache", "--no-git=true", "--timings=true", "-h", "--help", "-V",
            "--version", "--unknown", "-fjson", "--form", "-x");
    private static final List<String> ODD_VALUES = List.of("", "-x", "@f", "--no-git");

    private static String[] line(Random random) {
        List<String> args = new ArrayList<>(List.of(List.of("check", "check", "freshness", "alerts").get(random.nextInt(4))));
        int parts = random.nextInt(6);
        List<String> valued = new ArrayList<>(VALUES.keySet());
        valued.sort(null);
        for (int p = 0; p < parts; p++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                args.add(POSITIONALS.get(random.nextInt(random.nextInt(4) == 0 ? POSITIONALS.size() : 2)));
            } else if (kind < 4) {
                args.add(OTHERS.get(random.nextInt(random.nextInt(3) == 0 ? OTHERS.size() : 6)));
            } else {
                String name = valued.get(random.nextInt(valued.size()));
                List<String> values = VALUES.get(name);
                String value = random.nextInt(12) == 0 ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))
                        : values.get(random.nextInt(values.size()));
                if (name.startsWith("--") && random.nextBoolean()) {
                    args.add(name + "=" + value);
                } else {
                    args.add(name);
                    if (random.nextInt(20) != 0) { // now and then the value is missing
                        args.add(value);
                    }
                }
            }
        }
        return args.toArray(String[]::new);
    }
}
