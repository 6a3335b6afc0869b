package org.runbookgovernance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.ReviewPolicy;

class ReviewUndatedConfigTest {

    @Test
    void undatedRunbooksAreDatedFromGitUnlessTheConfigSaysNever() {
        assertThat(Config.DEFAULT.review().undated()).isEqualTo(ReviewPolicy.Undated.GIT);
        assertThat(ConfigLoader.parse("review:\n  interval: monthly\n", "c.yml").review().undated())
                .isEqualTo(ReviewPolicy.Undated.GIT);
        assertThat(ConfigLoader.parse("review:\n  undated: never\n", "c.yml").review().undated())
                .isEqualTo(ReviewPolicy.Undated.NEVER);
        assertThat(ConfigLoader.parse("review:\n  undated: Git\n", "c.yml").review().undated())
                .isEqualTo(ReviewPolicy.Undated.GIT);
    }

    @Test
    void anotherValueNamesTheChoices() {
        assertThatThrownBy(() -> ConfigLoader.parse("review:\n  undated: mtime\n", "c.yml"))
                .hasMessageContaining("c.yml")
                .hasMessageContaining("`review.undated: mtime` is not a choice; expected `git`")
                .hasMessageContaining("or `never`");
    }
}
