package org.runbookgovernance.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.Inventory;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.parse.ParsedFile;
import org.runbookgovernance.parse.RepositoryScanner;

/** The sample repository under {@code runbooks/}, read the way the engine reads it, with the seed's index settings. */
final class SampleRepository {

    static final Path ROOT = Path.of("..", "runbooks");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** What runbooks/.runbook-governance.yml says under {@code index:}, built in code. */
    static final Config CONFIG = Config.DEFAULT.withSection("index", Map.of(
            "categories", Map.of(
                    "Database Issues", Map.of("title", "Database Issues (P0-P2)"),
                    "Infrastructure & Resource Issues", Map.of("title", "Infrastructure & Resource Issues (P1-P2)")),
            "symptom_order", List.of("RB-001", "RB-003", "RB-002", "RB-005", "RB-010", "RB-012", "RB-007"),
            "sections", Map.of("templates", List.of("templates/INCIDENT_REPORT_TEMPLATE.md", "**"))));

    private SampleRepository() {
    }

    static Inventory inventory(Path root) {
        List<Document> documents = new ArrayList<>();
        for (var file : RepositoryScanner.scan(root, CONFIG.documents()).files()) {
            ParsedFile parsed = DocumentParser.parse(file);
            parsed.document().ifPresent(documents::add);
        }
        documents.sort(java.util.Comparator.comparing(Document::path));
        return new Inventory(CONFIG, TODAY, documents, List.of(), GitFacts.NONE, List.of());
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
