package org.runbookgovernance.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.config.ConfigLoader;

class OwnerAddressesTest {

    static Stream<Arguments> shortForms() {
        return Stream.of(
                Arguments.of("a team in metadata is itself", "dba-team", "dba-team"),
                Arguments.of("a GitHub team loses its @ and organisation", "@acme/dba-team", "dba-team"),
                Arguments.of("a GitLab subgroup path keeps its last part", "@acme/platform/dba-team", "dba-team"),
                Arguments.of("a GitHub user loses its @", "@jane", "jane"),
                Arguments.of("case does not matter", " DBA-Team ", "dba-team"),
                Arguments.of("a mail address stays whole", "Jane@Example.com", "jane@example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortForms")
    void ownersAreMatchedByTheirShortForm(String name, String owner, String key) {
        assertThat(OwnerAddresses.key(owner)).isEqualTo(key);
    }

    @Test
    void anOwnerIsFoundAsWrittenOrByItsShortForm() {
        OwnerAddresses addresses = OwnerAddresses.of(Map.of("dba-team", List.of("dba@example.com"),
                "@acme/storage", List.of("storage@example.com", "lead@example.com")));
        assertThat(addresses.addressOf("@acme/dba-team")).contains("dba@example.com");
        assertThat(addresses.addressOf("DBA-team")).contains("dba@example.com");
        assertThat(addresses.addressOf("@acme/storage")).contains("storage@example.com, lead@example.com");
        assertThat(addresses.addressOf("storage")).contains("storage@example.com, lead@example.com");
        assertThat(addresses.addressOf("net-oncall")).isEmpty();
    }

    @Test
    void twoTeamsWithOneShortFormAreFoundOnlyAsWritten() {
        OwnerAddresses addresses = OwnerAddresses.of(Map.of("@acme/ops", List.of("acme-ops@example.com"),
                "@globex/ops", List.of("globex-ops@example.com")));
        assertThat(addresses.addressOf("@globex/ops")).contains("globex-ops@example.com");
        assertThat(addresses.addressOf("ops")).isEmpty();
    }

    @Test
    void aMailAddressAsOwnerIsItsOwnAddressUnlessMapped() {
        OwnerAddresses addresses = OwnerAddresses.of(Map.of("jane@example.com", List.of("sre@example.com")));
        assertThat(addresses.addressOf("jane@example.com")).contains("sre@example.com");
        assertThat(addresses.addressOf("joe@example.com")).contains("joe@example.com");
        assertThat(OwnerAddresses.NONE.addressOf("@acme/dba-team")).isEmpty();
    }

    @Test
    void theConfigsOwnersAreRead() {
        OwnerAddresses addresses = OwnerAddresses.from(ConfigLoader.parse(
                "review:\n  owners:\n    dba-team: dba@example.com\n", "c.yml"));
        assertThat(addresses.addressOf("@acme/dba-team")).isEqualTo(Optional.of("dba@example.com"));
    }
}
