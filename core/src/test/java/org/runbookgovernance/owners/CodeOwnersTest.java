package org.runbookgovernance.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

class CodeOwnersTest {

    private final List<Problem> problems = new ArrayList<>();

    private CodeOwners parse(String text) {
        return CodeOwners.parse(text, ".github/CODEOWNERS", problems);
    }

    @Test
    void theLastMatchingLineWinsAsOnGitHub() {
        CodeOwners owners = parse("""
                # everything belongs to the platform team
                *                  @acme/platform
                runbooks/          @acme/sre       # the runbooks to SRE
                runbooks/db/       @acme/dba jane@example.com
                runbooks/db/legacy.md
                """);
        assertThat(owners.ownersOf("README.md")).containsExactly("@acme/platform");
        assertThat(owners.ownersOf("runbooks/queue.md")).containsExactly("@acme/sre");
        assertThat(owners.ownersOf("runbooks/db/failover.md")).containsExactly("@acme/dba", "jane@example.com");
        assertThat(owners.ownersOf("runbooks/db/legacy.md")).as("a line with no owners unowns the file").isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void gitLabSectionsEachPickTheirLastMatchAndAddUp() {
        CodeOwners owners = parse("""
                runbooks/        @sre

                [Databases] @dba-leads
                runbooks/db/
                runbooks/db/replication.md   @replication-crew

                ^[Docs review][2] @tech-writers
                *.md
                """);
        assertThat(owners.ownersOf("runbooks/queue.md")).containsExactly("@sre", "@tech-writers");
        assertThat(owners.ownersOf("runbooks/db/failover.md"))
                .as("a line without owners takes its section's defaults")
                .containsExactly("@sre", "@dba-leads", "@tech-writers");
        assertThat(owners.ownersOf("runbooks/db/replication.md"))
                .containsExactly("@sre", "@replication-crew", "@tech-writers");
        assertThat(owners.ownersOf("scripts/run.sh")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aLineItCannotReadIsAProblemAtThatLineAndTheRestStillCounts() {
        CodeOwners owners = parse("""
                *                @platform
                [Databases @dba
                !runbooks/old.md @nobody
                runbooks/        sre-team @sre
                runbooks/path\\ with\\ space.md @spaces
                """);
        assertThat(problems).extracting(Problem::ruleId).containsOnly(ProblemIds.MALFORMED_OWNERS);
        assertThat(problems).extracting(Problem::position).containsExactly(
                new SourcePosition(".github/CODEOWNERS", 2), new SourcePosition(".github/CODEOWNERS", 3),
                new SourcePosition(".github/CODEOWNERS", 4));
        assertThat(problems.get(0).message()).contains("`[Databases @dba`", "not closed");
        assertThat(problems.get(1).message()).contains("`!runbooks/old.md`");
        assertThat(problems.get(2).message()).contains("`sre-team`");
        assertThat(owners.ownersOf("runbooks/queue.md")).containsExactly("@sre");
        assertThat(owners.ownersOf("runbooks/path with space.md")).containsExactly("@spaces");
    }
}
