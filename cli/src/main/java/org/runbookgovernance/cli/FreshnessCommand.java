package org.runbookgovernance.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code freshness}: {@code check} restricted to the {@code freshness/*} rules. */
@Command(name = "freshness", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check only review freshness: overdue, due soon, never reviewed, inconsistent dates.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; "
                + "2 bad usage, bad config or unreadable input."})
final class FreshnessCommand extends CheckCommand {

    FreshnessCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    List<String> ruleGroups() {
        return List.of("freshness");
    }
}
