package org.runbookgovernance.rules.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.rules.Docs;

class InvalidIdTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("without a pattern every id is well-formed, the file name included", null,
                        Docs.runbook("alerts/TargetDown.md").h1("TargetDown").build(), List.of()),
                Arguments.of("an id of the team's form is well-formed", "RB-\\d{3}",
                        Docs.runbook("incidents/RB-001-SERVICE-DOWN.md").h1("RB-001: Service Down").build(),
                        List.of()),
                Arguments.of("a runbook named after its alert is told to add an id line, not to rename its file",
                        "RB-\\d{3}", Docs.runbook("alerts/TargetDown.md").h1("TargetDown").build(),
                        List.of("1 invalid id: `TargetDown` does not match `RB-\\d{3}` (metadata.id_pattern); add a"
                                + " line such as `**ID:** RB-001` below its title with an id no other runbook has"
                                + " (the file name can stay, so links to it keep working), or widen"
                                + " `metadata.id_pattern`.")),
                Arguments.of("in a front matter file the id line to add is a front matter key", "RB-\\d{3}",
                        Docs.runbook("alerts/TargetDown.md").meta("owner", "sre").at(4).h1("TargetDown").build(),
                        List.of("4 invalid id: `TargetDown` does not match `RB-\\d{3}` (metadata.id_pattern); add a"
                                + " line such as `id: RB-001` to its front matter")),
                Arguments.of("a short number in the id field is corrected in the field", "RB-\\d{3}",
                        Docs.runbook("incidents/x.md").meta("id", "RB-1").at(4).h1("X").build(),
                        List.of("1 invalid id: `RB-1` does not match `RB-\\d{3}` (metadata.id_pattern); write an id"
                                + " like `RB-001` in the id field.")),
                Arguments.of("an id from the title is corrected in the title", "RB-\\d{3}",
                        Docs.runbook("incidents/x.md").h1("RB-12: Slow").build(),
                        List.of("1 invalid id: `RB-12` does not match `RB-\\d{3}` (metadata.id_pattern); start the H1"
                                + " with an id like `RB-001`.")),
                Arguments.of("a malformed id at the start of the file name is renamed with its links", "RB-\\d{3}",
                        Docs.runbook("incidents/RB-7-DISK.md").build(),
                        List.of("1 invalid id: `RB-7` does not match `RB-\\d{3}` (metadata.id_pattern); rename the file"
                                + " to start with an id like `RB-001` and update the links to it.")),
                Arguments.of("alert-name ids under an alert-name pattern: the advice fills the pattern with the id",
                        "[A-Z][A-Za-z0-9]+", Docs.runbook("alerts/target-down.md").h1("Target down").build(),
                        List.of("1 invalid id: `target-down` does not match `[A-Z][A-Za-z0-9]+` (metadata.id_pattern);"
                                + " add a line such as `**ID:** TargetDown` below its title")),
                Arguments.of("a pattern no example can be built from is quoted, with no made-up id", "(?!X)[A-Z]+-\\d+",
                        Docs.runbook("alerts/TargetDown.md").h1("TargetDown").build(),
                        List.of("1 invalid id: `TargetDown` does not match `(?!X)[A-Z]+-\\d+` (metadata.id_pattern);"
                                + " add an id field below its title with an unused id that matches it")),
                Arguments.of("an id is matched as written: TARGETDOWN is upper-case", "[A-Z]+",
                        Docs.runbook("alerts/TARGETDOWN.md").build(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesIdsByTheConfiguredPattern(String name, String pattern, Document doc, List<String> expected) {
        Config config = pattern == null ? Config.DEFAULT
                : ConfigLoader.parse("metadata:\n  id_pattern: '" + pattern + "'\n", "test.yml");
        List<Finding> found = Docs.run(new InvalidId(), Docs.inventory(config, doc));
        Docs.assertFindings(found, expected);
        found.forEach(f -> assertThat(f.runbook()).isPresent());
    }

    @Test
    void everyExampleInTheAdviceMatchesThePattern() {
        for (String pattern : List.of("RB-\\d{3}", "[A-Z][A-Za-z0-9]+", "[a-z0-9-]+", "(INC|RB)-\\d{2,4}",
                "ops/[a-z]+")) {
            Config config = ConfigLoader.parse("metadata:\n  id_pattern: '" + pattern + "'\n", "test.yml");
            IdPolicy policy = IdPolicy.from(config);
            for (String id : List.of("TargetDown", "README", "_INDEX", "RB-1", "Zielüberwachung", "1234")) {
                assertThat(policy.example(id)).as("%s for %s", pattern, id)
                        .hasValueSatisfying(x -> assertThat(x).matches(pattern));
            }
        }
    }

    @Test
    void theConfigRefusesAPatternThatDoesNotCompileAndUnknownKeys() {
        assertThatThrownBy(() -> ConfigLoader.parse("metadata:\n  id_pattern: '[A-Z'\n", "c.yml"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> ConfigLoader.parse("metadata:\n  id_patern: 'x'\n", "c.yml"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown key `metadata.id_patern`");
        assertThat(IdPolicy.from(ConfigLoader.parse("metadata: {}\n", "c.yml"))).isEqualTo(IdPolicy.ANY);
    }

    @Test
    void aRunbookWithTheIdOfAnotherStaysQuietWithoutAPattern() {
        Inventory inv = Docs.inventory(Docs.runbook("a/TargetDown.md").build(), Docs.runbook("b/TargetDown.md").build());
        assertThat(Docs.run(new InvalidId(), inv)).isEmpty();
        assertThat(Docs.run(new DuplicateId(), inv)).as("two folders may hold a runbook of the same alert").isEmpty();
    }
}
