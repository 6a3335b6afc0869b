package org.runbookgovernance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.index.IndexFixtures.index;
import static org.runbookgovernance.index.IndexFixtures.inventory;
import static org.runbookgovernance.index.IndexFixtures.runbook;

import java.util.List;
import java.util.Map;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.index.IndexFixtures;
import org.runbookgovernance.index.IndexGenerator;
import org.runbookgovernance.index.IndexSettings;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.IndexRegions;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/** Runbooks, indexes and committed regions for the index rules, and the check every case runs. */
final class IndexCases {

    static final Document RB1 = runbook("RB-001", "RB-001-DOWN.md", "title=Down", "category=A", "severity=P0");
    static final Document RB2 = runbook("RB-002", "RB-002-SLOW.md", "title=Slow", "category=A", "severity=P1");
    static final Document RB3 = runbook("RB-003", "RB-003-DISK.md", "title=Disk", "category=A", "severity=P1");
    static final Document RB4 = runbook("RB-004", "RB-004-CPU.md", "title=CPU", "category=A", "severity=P1");
    static final Document RB5 = runbook("RB-005", "RB-005-DNS.md", "title=DNS", "category=A", "severity=P1");
    static final Document DOCS_A = IndexFixtures.doc("docs/runbooks/KubeDown.md", DocumentKind.RUNBOOK, "KubeDown");
    static final Document DOCS_B = IndexFixtures.doc("docs/runbooks/etcd/EtcdSlow.md", DocumentKind.RUNBOOK,
            "EtcdSlow");
    static final Document DOCS_C = IndexFixtures.doc("docs/runbooks/etcd/EtcdNoLeader.md", DocumentKind.RUNBOOK,
            "EtcdNoLeader");

    /** The regions the generator writes for RB-001 alone: what a README committed before RB-002 holds. */
    static IndexRegions committedWithOnlyRb1() {
        Map<String, String> regions = IndexGenerator.generate(inventory(List.of(RB1, index("README.md"))),
                IndexSettings.DEFAULT, "README.md").regions();
        return new IndexRegions("README.md", Map.of("directory", new IndexRegions.Region(12, regions.get("directory"))));
    }

    private IndexCases() {
    }

    /** Runs {@code rule} over the documents and regions; each finding starts with the expected text, in order. */
    static void assertFindingsStartWith(Rule rule, List<IndexRegions> regions, List<Document> documents,
                                        List<String> expected) {
        Inventory inventory = new Inventory(Config.DEFAULT, IndexFixtures.TODAY, documents, List.of(), GitFacts.NONE,
                List.of(), regions);
        Findings findings = new Findings(rule.id(), rule.defaultLevel());

        rule.check(inventory, findings);

        List<String> found = findings.list().stream().map(f -> f.position() + " " + f.message()).toList();
        assertThat(found).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(found.get(i)).startsWith(expected.get(i));
        }
    }
}
