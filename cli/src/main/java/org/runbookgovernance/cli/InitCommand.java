package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.runbookgovernance.adopt.Adoption;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code init}: looks at a repository and writes the configuration that fits it, each key with the reason it
 * was chosen, then says what it found and what it could not decide. Running it again gives the same file.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Inspect a repository and write " + Config.FILE_NAME + " for it: which pages are runbooks, "
                + "the alert rule files, runbook URL mappings, severity scheme and required sections.",
        footer = {"", "Exit codes: 0 written; 2 the file exists (use --force), bad usage or a file that cannot be "
                + "read or written."})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "runbooks", paramLabel = "DIR",
            description = "Repository to inspect (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--force", description = "Replace an existing " + Config.FILE_NAME + ".")
    boolean force;

    private final Invocation invocation;

    InitCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(null, "not a directory: " + dir);
        }
        Path file = dir.resolve(Config.FILE_NAME);
        if (Files.exists(file) && !force) {
            throw new BadInputException(null, file + " exists already; run init with --force to replace it");
        }
        Adoption adoption;
        try {
            adoption = Adoption.of(dir);
            Replacement.write(file, out -> out.write(adoption.config().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(file.toString()), "cannot write the configuration ("
                    + ReportOutput.reason(e) + ")");
        }
        invocation.out().println("wrote " + file);
        adoption.found().forEach(line -> invocation.out().println("found: " + line));
        adoption.undecided().forEach(line -> invocation.out().println("could not decide: " + line));
        invocation.out().flush();
        return 0;
    }
}
