package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BranchContextTest {

    static Stream<Arguments> cases() {
        Optional<String> none = Optional.empty();
        Optional<String> onMain = Optional.of("main");
        return Stream.of(
                // name, --branch, --target, env, symbolic HEAD, branch, source, target, detached, pull request
                Arguments.of("flag wins", Optional.of("runbook/RB-001-x"), none,
                        Map.of("CHANGE_BRANCH", "other"), onMain, "runbook/RB-001-x", "--branch", null, false, false),
                Arguments.of("Jenkins PR on detached HEAD", none, none,
                        Map.of("BRANCH_NAME", "PR-12", "CHANGE_BRANCH", "runbook/RB-001-fix-dns", "CHANGE_TARGET", "main"),
                        none, "runbook/RB-001-fix-dns", "CHANGE_BRANCH", "main", true, true),
                Arguments.of("Jenkins PR-n alone is not a branch", none, none, Map.of("BRANCH_NAME", "PR-12"), none,
                        null, "none", null, true, true),
                Arguments.of("Jenkins multibranch branch build", none, none, Map.of("BRANCH_NAME", "runbook/RB-002-x"),
                        none, "runbook/RB-002-x", "BRANCH_NAME", null, true, false),
                Arguments.of("Jenkins git plugin local branch", none, none,
                        Map.of("GIT_LOCAL_BRANCH", "runbook/RB-003-x", "GIT_BRANCH", "origin/runbook/RB-003-x"), none,
                        "runbook/RB-003-x", "GIT_LOCAL_BRANCH", null, true, false),
                Arguments.of("GIT_BRANCH without origin/", none, none, Map.of("GIT_BRANCH", "origin/runbook/RB-004-x"),
                        none, "runbook/RB-004-x", "GIT_BRANCH", null, true, false),
                Arguments.of("GitHub pull request", none, none,
                        Map.of("GITHUB_HEAD_REF", "runbook/RB-005-x", "GITHUB_REF_NAME", "17/merge",
                                "GITHUB_BASE_REF", "main", "GITHUB_EVENT_NAME", "pull_request"),
                        none, "runbook/RB-005-x", "GITHUB_HEAD_REF", "main", true, true),
                Arguments.of("GitHub push ignores an empty head ref", none, none,
                        Map.of("GITHUB_HEAD_REF", "", "GITHUB_REF_NAME", "runbook/RB-006-x", "GITHUB_EVENT_NAME", "push"),
                        none, "runbook/RB-006-x", "GITHUB_REF_NAME", null, true, false),
                Arguments.of("GitHub pull request never uses GITHUB_REF_NAME", none, none,
                        Map.of("GITHUB_REF_NAME", "17/merge", "GITHUB_EVENT_NAME", "pull_request_target"), none,
                        null, "none", null, true, true),
                Arguments.of("GitLab merge request", none, none,
                        Map.of("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "runbook/RB-007-x",
                                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main", "CI_MERGE_REQUEST_IID", "4",
                                "CI_COMMIT_BRANCH", "ignored"),
                        none, "runbook/RB-007-x", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "main", true, true),
                Arguments.of("GitLab branch pipeline", none, none, Map.of("CI_COMMIT_BRANCH", "main"), none, "main",
                        "CI_COMMIT_BRANCH", null, true, false),
                Arguments.of("local checkout", none, none, Map.of(), Optional.of("runbook/RB-008-x"), "runbook/RB-008-x",
                        "HEAD", null, false, false),
                Arguments.of("--target flag and origin/ stripped", none, Optional.of("origin/release/2"), Map.of(),
                        Optional.of("runbook/RB-009-x"), "runbook/RB-009-x", "HEAD", "release/2", false, true),
                Arguments.of("flag target before CHANGE_TARGET", none, Optional.of("develop"),
                        Map.of("CHANGE_TARGET", "main"), onMain, "main", "HEAD", "develop", false, true),
                Arguments.of("blank values are absent", Optional.of("  "), Optional.of(""),
                        Map.of("CHANGE_BRANCH", " ", "CHANGE_TARGET", ""), none, null, "none", null, true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolve(String name, Optional<String> branchFlag, Optional<String> targetFlag, Map<String, String> env,
                 Optional<String> symbolicHead, String branch, String source, String target, boolean detached,
                 boolean pullRequest) {
        BranchContext context = BranchContext.resolve(branchFlag, targetFlag, env, symbolicHead);
        assertThat(context).isEqualTo(new BranchContext(Optional.ofNullable(branch), Optional.ofNullable(target),
                source, detached, pullRequest));
    }
}
