package org.runbookgovernance.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code alerts}: {@code check} restricted to alert coverage, in both directions. */
@Command(name = "alerts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check alert coverage: runbooks no alert reaches, alerts without a runbook or with a "
                + "dangling one, unknown alerts, severity mismatches.",
                "Rule files come from the config's alerts.rule_files (default alerts/**/*.yml) and --rules."},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; "
                + "2 bad usage, bad config or unreadable input."})
final class AlertsCommand extends CheckCommand {

    AlertsCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    List<String> ruleGroups() {
        return List.of("alerts");
    }
}
