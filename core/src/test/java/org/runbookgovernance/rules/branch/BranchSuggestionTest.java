package org.runbookgovernance.rules.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.git.InventoryFixture;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.model.RunbookId;

/** A suggested branch name always matches {@code branch.pattern}, whatever the runbook's id looks like. */
class BranchSuggestionTest {

    private static final List<String> IDS = List.of("README", "_INDEX", "TARGETDOWN", "TargetDown", "RB-1", "RB-001",
            "Zielüberwachung", "警报", "12345", "Target Down", "a/b", "x");
    private static final List<Optional<String>> TITLES = List.of(Optional.empty(), Optional.of("Target down"),
            Optional.of("Überlast der Warteschlange"), Optional.of("!!!"));
    private static final List<String> PATTERNS = List.of(BranchPolicy.DEFAULT_PATTERN, "runbook/.+",
            "[a-z]+/[A-Za-z0-9-]+", "(fix|docs)/[a-z0-9-]{3,40}", "runbook/RB-\\d{3}-[a-z0-9-]+|hotfix/.+");

    @Test
    void everySuggestionForEveryIdMatchesThePatternItIsShownFor() {
        for (String regex : PATTERNS) {
            BranchPolicy policy = policy(regex, BranchPolicy.DEFAULT_EXAMPLE);
            for (String id : IDS) {
                for (Optional<String> title : TITLES) {
                    assertThat(policy.suggestion(RunbookId.of(id), title)).as("%s for %s, %s", regex, id, title)
                            .hasValueSatisfying(name -> assertThat(name).matches(regex));
                }
            }
            assertThat(policy.suggestion()).as("%s with no runbook", regex)
                    .hasValueSatisfying(name -> assertThat(name).matches(regex));
        }
    }

    @Test
    void aRunbookOfTheSamplesConventionGetsItsOwnIdAndTitle() {
        assertThat(BranchPolicy.DEFAULT.suggestion(RunbookId.of("RB-001"), Optional.of("Service Completely Down")))
                .contains("runbook/RB-001-service-completely-down");
    }

    @Test
    void aRunbookNamedAfterItsAlertGetsANameThePatternAcceptsNotTheTemplateFilledIn() {
        assertThat(BranchPolicy.DEFAULT.suggestion(RunbookId.of("AlertmanagerFailedReload"),
                Optional.of("AlertmanagerFailedReload"))).contains("runbook/RB-001-alertmanagerfailedreload");
        assertThat(policy("runbook/.+", BranchPolicy.DEFAULT_EXAMPLE).suggestion(RunbookId.of("TargetDown"),
                Optional.of("Target down"))).contains("runbook/TargetDown-target-down");
    }

    @Test
    void aLowerCasePatternTakesTheIdLowerCased() {
        assertThat(policy("runbook/[a-z0-9-]+", BranchPolicy.DEFAULT_EXAMPLE).suggestion(RunbookId.of("TargetDown"),
                Optional.of("Target down"))).contains("runbook/targetdown-target-down");
    }

    @Test
    void aPatternNoNameCanBeBuiltFromGivesNoSuggestion() {
        assertThat(policy("(?!main)[a-z]+/.+", "{id}").suggestion(RunbookId.of("README"), Optional.empty()))
                .isEmpty();
    }

    @Test
    void aRepositoryOfAlertNamedRunbooksHasNoRbBranchConventionUnlessItSetsAPattern() {
        String path = "alerts/cluster-monitoring-operator/AlertmanagerFailedReload.md";
        Document runbook = new Document(path, DocumentKind.RUNBOOK, Optional.of("AlertmanagerFailedReload"), 1,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 12);
        DocumentGlobs globs = new DocumentGlobs(List.of(Glob.of("alerts/**/*.md")), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Config builtIn = new Config("test", globs, Config.DEFAULT.review(), Map.of(), List.of(), Map.of());
        assertThat(nameFindings(builtIn, path, runbook)).as("the built-in RB-NNN pattern is not this team's").isEmpty();

        Config own = new Config("test", globs, Config.DEFAULT.review(), Map.of(), List.of(),
                Map.of("branch", Map.of("pattern", "runbook/[A-Za-z]+-[a-z0-9-]+")));
        assertThat(nameFindings(own, path, runbook)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("`git branch -m runbook/AlertmanagerFailedReload-alertmanagerfailedreload`");
            assertThat("runbook/AlertmanagerFailedReload-alertmanagerfailedreload").matches("runbook/[A-Za-z]+-[a-z0-9-]+");
        });
    }

    private static List<Finding> nameFindings(Config config, String path, Document runbook) {
        Inventory inventory = InventoryFixture.inventory(config,
                InventoryFixture.pullRequest("fix-reload", InventoryFixture.modified(path, 2, false)), runbook);
        Findings findings = new Findings(BranchName.ID, Level.ERROR);
        new BranchName().check(inventory, findings);
        return findings.list();
    }

    private static BranchPolicy policy(String regex, String example) {
        return BranchPolicy.from(new Config("test", Config.DEFAULT.documents(), Config.DEFAULT.review(), Map.of(),
                List.of(), Map.of("branch", Map.of("pattern", regex, "example", example))));
    }
}
