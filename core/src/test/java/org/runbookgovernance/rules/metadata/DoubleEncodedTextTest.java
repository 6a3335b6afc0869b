package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Docs;

class DoubleEncodedTextTest {

    record Case(String name, Inventory inventory, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("clean", Docs.inventory(Docs.runbook("RB-001.md").h1("RB-001: ✅ Fine").build()), List.of()),
                new Case("one finding per line", Docs.inventory(Docs.doc("README.md", DocumentKind.INDEX)
                        .text().mojibake("âœ…", "✅").text().mojibake("ðŸ“‹", "📋").build()),
                        List.of("2 double-encoded UTF-8: `âœ…` should read `✅`; replace the garbled text and re-save"
                                + " the file as UTF-8",
                                "4 double-encoded UTF-8: `ðŸ“‹` should read `📋`")),
                new Case("every document kind", Docs.inventory(
                        Docs.runbook("RB-001.md").mojibake("â€”", "—").build(),
                        Docs.doc("templates/T.md", DocumentKind.TEMPLATE).mojibake("Ã©", "é").build()),
                        List.of("RB-001.md:1 `â€”` should read `—`", "templates/T.md:1 `Ã©` should read `é`")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMojibake(Case c) {
        Docs.assertFindings(Docs.run(new DoubleEncodedText(), c.inventory()), c.expected());
    }

    @Test
    void levelOverrideAndRunbookId() {
        Inventory inv = Docs.inventory(Docs.config(DoubleEncodedText.ID, Docs.level(Level.INFO)),
                Docs.runbook("incidents/RB-004-X.md").mojibake("âœ…", "✅").build());
        assertThat(Docs.run(new DoubleEncodedText(), inv)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.INFO);
            assertThat(f.runbook()).map(Object::toString).hasValue("RB-004");
        });
    }
}
