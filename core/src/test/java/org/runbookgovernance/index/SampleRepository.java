package org.runbookgovernance.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.engine.CheckRequest;
import org.runbookgovernance.engine.Governance;
import org.runbookgovernance.inventory.Inventory;

/** The sample repository under {@code runbooks/}, read the way the engine reads it, with the seed's index settings. */
final class SampleRepository {

    static final Path ROOT = Path.of("..", "runbooks");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** What runbooks/.runbook-governance.yml should say under {@code index:}, built in code. */
    static final Map<String, Object> INDEX_SECTION = Map.of(
            "categories", Map.of(
                    "Database Issues", Map.of("title", "Database Issues (P0-P2)"),
                    "Infrastructure & Resource Issues", Map.of("title", "Infrastructure & Resource Issues (P1-P2)")),
            "symptom_order", List.of("RB-001", "RB-003", "RB-002", "RB-005", "RB-010", "RB-012", "RB-007"),
            "sections", Map.of("templates", List.of("templates/INCIDENT_REPORT_TEMPLATE.md", "**")));

    private SampleRepository() {
    }

    /** The sample's own config file with the index section added. */
    static Config config(Path root) {
        return ConfigLoader.load(root, null).withSection("index", INDEX_SECTION);
    }

    /** The inventory the engine builds for a check (documents, alerts from every source), without git. */
    static Inventory inventory(Path root) {
        return Governance.standard().inventory(CheckRequest.of(root, config(root), TODAY));
    }

    /** A copy of the sample to change in a test. */
    static Path copy(Path target) {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
