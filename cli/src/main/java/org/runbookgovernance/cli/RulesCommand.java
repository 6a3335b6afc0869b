package org.runbookgovernance.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.runbookgovernance.rules.Rule;
import org.runbookgovernance.rules.RuleRegistry;
import picocli.CommandLine.Command;

/** {@code rules}: every rule id with its default level, docs page and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, default level, docs page, summary.")
final class RulesCommand implements Callable<Integer> {

    private final Invocation invocation;

    RulesCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        PrintStream out = invocation.out();
        int idWidth = "RULE".length();
        int docsWidth = "DOCS".length();
        for (Rule rule : RuleRegistry.standard().rules()) {
            idWidth = Math.max(idWidth, rule.id().length());
            docsWidth = Math.max(docsWidth, rule.docsPath().length());
        }
        String row = "%-" + idWidth + "s  %-7s  %-" + docsWidth + "s  %s%n";
        out.printf(row, "RULE", "LEVEL", "DOCS", "SUMMARY");
        for (Rule rule : RuleRegistry.standard().rules()) {
            out.printf(row, rule.id(), rule.defaultLevel().label(), rule.docsPath(), rule.summary());
        }
        out.flush();
        return 0;
    }
}
