package org.runbookgovernance.owners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern examples GitHub's CODEOWNERS documentation gives, on paths of our own. */
class OwnerPatternTest {

    @ParameterizedTest(name = "`{0}` covers {1}: {2}")
    @CsvSource({
            "*,                 incidents/db/failover.md,       true",
            "*.md,              incidents/db/failover.md,       true",
            "*.md,              incidents/db/failover.yaml,     false",
            "/runbooks/,        runbooks/db/failover.md,        true",
            "/runbooks/,        docs/runbooks/failover.md,      false",
            "runbooks/,         docs/runbooks/failover.md,      true",
            "runbooks/,         runbooks.md,                    false",
            "docs/*,            docs/failover.md,               true",
            "docs/*,            docs/db/failover.md,            false",
            "docs/,             docs/db/failover.md,            true",
            "/docs/db,          docs/db/failover.md,            true",
            "docs/db,           other/docs/db/failover.md,      false",
            "**/db,             runbooks/db/failover.md,        true",
            "**/db,             db/failover.md,                 true",
            "db/**/failover.md, db/a/b/failover.md,             true",
            "db/**/failover.md, db/failover.md,                 true",
            "/build/logs/,      build/logs/today.md,            true",
            "/build/logs/,      x/build/logs/today.md,          false",
            "failover.md,       incidents/db/failover.md,       true",
            "/failover.md,      incidents/db/failover.md,       false",
            "runbook?.md,       a/runbook1.md,                  true",
            "runbook?.md,       a/runbook10.md,                 false"
    })
    void coversWhatGitHubSaysItCovers(String pattern, String path, boolean covered) {
        assertThat(OwnerPattern.of(pattern).matches(path)).isEqualTo(covered);
    }
}
