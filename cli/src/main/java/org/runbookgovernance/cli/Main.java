package org.runbookgovernance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.git.GitCaches;
import org.runbookgovernance.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code runbook-governance} command line: subcommands {@code check}, {@code freshness}, {@code mark-reviewed},
 * {@code review-plan} and {@code rules}. Exit codes: 0 clean, 1 findings at or above {@code --fail-on},
 * 2 bad usage or bad input, always with a one-line message and never a stack trace.
 */
@Command(name = "runbook-governance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keeps incident runbooks trustworthy: freshness, alert coverage, branch convention, index.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; "
                + "2 bad usage, bad config or unreadable input."})
public final class Main implements Runnable {

    static final String NAME = "runbook-governance";

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // Runbooks and messages are UTF-8 whatever the platform's default charset says.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // This process is ours alone (unlike Jenkins' JVM): history reads may size JGit's caches for it.
        GitCaches.ownTheProcess();
        int code = run(args, Clock.systemDefaultZone(), System.getenv(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line in-process and returns its exit code; colour is allowed when stdout is a console. */
    public static int run(String[] args, Clock clock, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, new Invocation(clock, env, out, err, System.console() != null));
    }

    static int run(String[] args, Invocation invocation) {
        CommandLine cli = new CommandLine(new Main());
        Map<String, Supplier<CommandLine>> commands = commands(invocation);
        // picocli reads every command's annotations by reflection when it is added: a run that names its
        // command gets that one; help, errors and anything else get them all.
        Supplier<CommandLine> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            commands.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        cli.setOut(new PrintWriter(invocation.out(), true));
        cli.setErr(new PrintWriter(invocation.err(), true));
        cli.setUsageHelpWidth(100);
        cli.setParameterExceptionHandler((e, ignored) -> usageError(e, invocation));
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, invocation));
        return cli.execute(args);
    }

    /** Every command by its name, in the order help lists them. */
    static Map<String, Supplier<CommandLine>> commands(Invocation invocation) {
        Map<String, Supplier<CommandLine>> commands = new LinkedHashMap<>();
        commands.put("check", () -> new CommandLine(new CheckCommand(invocation)));
        commands.put("freshness", () -> new CommandLine(new FreshnessCommand(invocation)));
        commands.put("alerts", () -> new CommandLine(new AlertsCommand(invocation)));
        commands.put("review-plan", () -> new CommandLine(new ReviewPlanCommand(invocation)));
        commands.put("mark-reviewed", () -> new CommandLine(new MarkReviewedCommand(invocation)));
        commands.put("rules", () -> new CommandLine(new RulesCommand(invocation)));
        commands.put("index", () -> new CommandLine(new IndexCommand(invocation)));
        commands.put("branch", () -> new CommandLine(new BranchCommand(invocation)));
        commands.put("baseline", () -> new CommandLine(new BaselineCommand(invocation)));
        commands.put("init", () -> new CommandLine(new InitCommand(invocation)));
        commands.put("hook", () -> HookCommand.commandLine(invocation));
        return commands;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command; expected one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    private static int usageError(ParameterException e, Invocation invocation) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        invocation.err().println(NAME + ": " + oneLine(e.getMessage()) + " (see `" + command + " --help`)");
        invocation.err().flush();
        return 2;
    }

    private static int failure(Exception e, Invocation invocation) {
        if (e instanceof ParameterException p) {
            return usageError(p, invocation);
        }
        if (e instanceof BadInputException) {
            invocation.err().println(NAME + ": " + oneLine(e.getMessage()));
        } else {
            invocation.err().println(NAME + ": internal error: " + e.getClass().getName() + ": "
                    + oneLine(String.valueOf(e.getMessage())) + " (please report it; RUNBOOK_GOVERNANCE_DEBUG=1 "
                    + "shows the stack trace)");
        }
        if (invocation.debug()) {
            e.printStackTrace(invocation.err());
        }
        invocation.err().flush();
        return 2;
    }

    /** Messages from parsers may span lines; the contract is one line per error. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + Governance.VERSION};
        }
    }
}
