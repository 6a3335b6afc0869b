package org.runbookgovernance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.ReviewPolicy;

class ReviewOwnersConfigTest {

    @Test
    void ownersMapNamesToOneAddressOrAListAndLeaveThePolicyAlone() {
        Config config = ConfigLoader.parse("""
                review:
                  interval: monthly
                  owners:
                    dba-team: dba@example.com
                    "@acme/storage": [storage@example.com, " lead@example.com "]
                """, "c.yml");
        assertThat(config.section(ConfigLoader.REVIEW_SECTION).get(ConfigLoader.OWNERS)).isEqualTo(Map.of(
                "dba-team", List.of("dba@example.com"),
                "@acme/storage", List.of("storage@example.com", "lead@example.com")));
        assertThat(config.review().defaultInterval().name()).isEqualTo("monthly");
    }

    @Test
    void withoutOwnersThereIsNoReviewSection() {
        assertThat(ConfigLoader.parse("review:\n  interval: monthly\n", "c.yml").section(ConfigLoader.REVIEW_SECTION))
                .isEmpty();
        assertThat(Config.DEFAULT.review()).isEqualTo(ReviewPolicy.DEFAULT);
    }

    @Test
    void aValueThatIsNoMailAddressIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ConfigLoader.parse("""
                review:
                  owners:
                    dba-team: "dba@example.com\\nBcc: everyone@example.com"
                """, "c.yml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("c.yml:3")
                .hasMessageContaining("for `review.owners.dba-team` is not a mail address; expected one such as "
                        + "team@example.com");
        assertThatThrownBy(() -> ConfigLoader.parse("review:\n  owners:\n    dba-team: the DBAs\n", "c.yml"))
                .hasMessageContaining("`the DBAs` for `review.owners.dba-team` is not a mail address");
    }

    @Test
    void anOwnerWithoutAddressAndOwnersThatAreNoMappingAreRefused() {
        assertThatThrownBy(() -> ConfigLoader.parse("review:\n  owners:\n    dba-team:\n", "c.yml"))
                .hasMessageContaining("`review.owners.dba-team` has no address");
        assertThatThrownBy(() -> ConfigLoader.parse("review:\n  owners: [dba@example.com]\n", "c.yml"))
                .hasMessageContaining("`review.owners` must be a mapping");
    }

    @Test
    void aTypoInAReviewKeyStillNamesOwnersAmongTheChoices() {
        assertThatThrownBy(() -> ConfigLoader.parse("review:\n  owner: {a: a@example.com}\n", "c.yml"))
                .hasMessageContaining("unknown key `review.owner`; expected interval, by_severity, due_soon_days, "
                        + "post_incident_hours, undated or owners");
    }
}
