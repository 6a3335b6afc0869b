package org.runbookgovernance.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.Mojibake;

/** The seed index exactly as found (double-encoded UTF-8 and all), read from its raw bytes. */
class SeedDocumentTest {

    private static ParsedFile parsed;
    private static Document seed;

    @BeforeAll
    static void readSeed() throws IOException {
        byte[] raw;
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/parse/seed-index.md")) {
            raw = in.readAllBytes();
        }
        parsed = DocumentParser.parse("README.md", DocumentKind.INDEX, raw);
        seed = parsed.document().orElseThrow();
    }

    @Test
    void parsesWithoutProblems() {
        assertThat(parsed.problems()).isEmpty();
        assertThat(seed.lineCount()).isEqualTo(286);
        assertThat(seed.title()).contains("Operational Runbooks - LLM-Marketplace Platform");
        assertThat(seed.titleLine()).isEqualTo(1);
    }

    @Test
    void readsHeaderAndFooterLabelLinesButNotTheBoldLabelInASection() {
        assertThat(seed.metadata())
                .extracting(MetadataEntry::key, MetadataEntry::value, MetadataEntry::note, MetadataEntry::line)
                .containsExactly(
                        tuple("version", "1.0.0", "", 3),
                        tuple("last_updated", "2025-11-19", "", 4),
                        tuple("status", "âœ… Production Ready", "", 5),
                        tuple("owner", "DevOps & SRE Team", "", 6),
                        tuple("owner", "DevOps Team", "devops@company.com", 283),
                        tuple("last_review", "2024-11-19", "", 284),
                        tuple("next_review", "2024-12-19", "monthly review", 285),
                        tuple("status", "âœ… Active", "", 286));
        assertThat(seed.entries("owner").get(1).label()).isEqualTo("Document Owner");
    }

    @Test
    void findsDoubleEncodedUtf8OnTheRightLines() {
        assertThat(seed.mojibake()).extracting(Mojibake::line)
                .containsExactly(5, 10, 32, 52, 115, 122, 125, 128, 131, 134, 137, 140, 155, 188, 222, 233, 256,
                        271, 286);
        assertThat(seed.mojibake()).extracting(Mojibake::line, Mojibake::sample, Mojibake::repaired)
                .contains(tuple(5, "âœ…", "✅"), tuple(10, "ðŸ“‹", "📋"), tuple(122, "â†’", "→"),
                        tuple(271, "ðŸ†˜", "🆘"), tuple(286, "âœ…", "✅"));
    }

    @Test
    void linksCarryTheirLines() {
        assertThat(seed.links()).hasSize(31);
        assertThat(seed.links()).extracting(Link::target, Link::text, Link::line)
                .startsWith(tuple("./quick-reference/ON_CALL_GUIDE.md", "On-Call Quick Reference Guide", 36),
                        tuple("./incidents/RB-001-SERVICE-DOWN.md", "RB-001: Service Completely Down", 40))
                .contains(tuple("./INCIDENT_RESPONSE_FRAMEWORK.md", "Incident Response Framework", 58),
                        tuple("./incidents/RB-012-CERTIFICATE-EXPIRATION.md", "RB-012", 94),
                        tuple("./incidents/RB-007-SECURITY-BREACH.md", "RB-007: Security Breach", 140))
                .endsWith(tuple("./incidents/RB-012-CERTIFICATE-EXPIRATION.md", "RB-012", 151));
    }

    @Test
    void headingsHaveGitHubAnchors() {
        assertThat(seed.headings()).hasSize(36);
        assertThat(seed.headings()).extracting(Heading::level, Heading::text, Heading::anchor, Heading::line)
                .contains(tuple(4, "Service Availability (P0-P1)", "service-availability-p0-p1", 64),
                        tuple(4, "Infrastructure & Resource Issues (P1-P2)", "infrastructure--resource-issues-p1-p2", 89),
                        tuple(3, "Incident Response Framework", "incident-response-framework", 46));
    }
}
