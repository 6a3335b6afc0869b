package org.runbookgovernance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.alerts.Resolution;
import org.runbookgovernance.alerts.RunbookResolver;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.links.Broken;

/**
 * Link and runbook-reference resolution: whatever a link or an alert's runbook reference says, what it
 * resolves to is a document of the inventory, never a path that climbs out of the repository.
 */
class ReferenceFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String FUZZED = "incidents/db/RB-002-DATABASE.md";

    private static final List<Document> FIXED = List.of(
            doc("incidents/RB-001-SERVICE-DOWN.md", "# RB-001: Service Down\n\n**ID:** RB-001\n\n## Steps\n"),
            doc("README.md", "# Runbooks\n\n## By Alert Name\n"),
            doc("guides/on-call.md", "# On call\n\n## Paging\n"));

    private static Document doc(String path, String text) {
        return DocumentParser.parse(path, path.startsWith("incidents/") ? DocumentKind.RUNBOOK : DocumentKind.GUIDE,
                text.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
    }

    /** Markdown with arbitrary links, checked by {@code links/broken} against a small inventory. */
    @FuzzTest(maxDuration = "10s")
    void markdownLinks(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        List<Document> docs = new ArrayList<>(FIXED);
        DocumentParser.parse(FUZZED, DocumentKind.RUNBOOK, content).document().ifPresent(docs::add);
        Inventory inventory = new Inventory(Config.DEFAULT, TODAY, docs, List.of(), GitFacts.NONE, List.of());
        Set<String> paths = docs.stream().map(Document::path).collect(Collectors.toSet());

        List<Finding> findings = brokenLinks(inventory);

        assertThat(findings).as("the same inventory, the same findings").isEqualTo(brokenLinks(inventory));
        int lines = Invariants.lineCount(content);
        assertThat(findings).allSatisfy(f -> {
            assertThat(paths).contains(f.position().path());
            Invariants.positionInside(f.position(), FUZZED, lines); // the fixed documents link nowhere
            assertThat(f.message()).isNotBlank();
        });
    }

    private static List<Finding> brokenLinks(Inventory inventory) {
        Findings findings = new Findings(Broken.ID, new Broken().defaultLevel());
        new Broken().check(inventory, findings);
        return findings.list();
    }

    /**
     * An alert's runbook reference: the last byte picks where the alert came from, the rest is the
     * reference. A resolved reference names a document of the inventory and nothing else.
     */
    @FuzzTest(maxDuration = "10s")
    void runbookReference(FuzzedDataProvider data) {
        AlertOrigin origin = data.pickValue(AlertOrigin.values());
        String ref = data.consumeRemainingAsString();
        List<Document> docs = FIXED;
        Inventory inventory = new Inventory(Config.DEFAULT, TODAY, docs, List.of(), GitFacts.NONE, List.of());
        AlertSettings settings = AlertSettings.from(Config.DEFAULT, List.of(),
                Map.of("https://github.com/acme/runbooks", "", "https://wiki.example.com/runbooks/", "incidents"));
        Alert alert = new Alert("ServiceDown", Optional.of("critical"), Optional.of(ref),
                new SourcePosition("alerts/team/rules.yml", 3), origin, Map.of("service", "api"));

        Resolution resolution = new RunbookResolver(inventory, settings).resolve(alert);

        assertThat(resolution.kind()).isNotNull();
        assertThat(resolution.detail()).isNotNull();
        if (origin == AlertOrigin.RUNBOOK_METADATA) {
            return; // a runbook's own alerts carry its path, not a reference to look up
        }
        if (resolution.kind() == Resolution.Kind.RESOLVED) {
            assertThat(resolution.runbookPath()).isPresent();
        }
        resolution.runbookPath().ifPresent(path -> {
            Invariants.repositoryRelative(path);
            assertThat(docs.stream().map(Document::path)).contains(path);
        });
    }
}
