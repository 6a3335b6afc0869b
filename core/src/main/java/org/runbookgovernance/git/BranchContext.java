package org.runbookgovernance.git;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The branch and the pull request target as CI sees them. Jenkins checks out a detached HEAD and names the
 * branch only in its environment, so the environment wins over HEAD; the environment is passed in, never
 * read from {@code System.getenv} here.
 *
 * @param branch       the branch being built, when known
 * @param target       the branch a pull request targets, when known
 * @param branchSource where {@code branch} came from: {@code --branch}, a variable name, {@code HEAD}, or
 *                     {@code none}
 * @param detached     true when HEAD is detached (no symbolic HEAD was given)
 * @param pullRequest  true when the flags or the environment say this is a pull or merge request
 */
public record BranchContext(Optional<String> branch, Optional<String> target, String branchSource,
                            boolean detached, boolean pullRequest) {

    public static final String NONE = "none";

    /** Jenkins names a pull request build {@code PR-12}: that is a job name, not a branch. */
    private static final Pattern JENKINS_PR = Pattern.compile("PR-\\d+");

    private static final List<String> TARGET_VARIABLES = List.of("CHANGE_TARGET", "GITHUB_BASE_REF",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME");

    /** Nothing known: for callers that skip git. */
    public static BranchContext unknown() {
        return new BranchContext(Optional.empty(), Optional.empty(), NONE, false, false);
    }

    /**
     * Resolves the branch: {@code --branch}, {@code CHANGE_BRANCH}, {@code BRANCH_NAME} unless it is
     * {@code PR-<n>}, {@code GIT_LOCAL_BRANCH}, {@code GIT_BRANCH} (without {@code origin/}),
     * {@code GITHUB_HEAD_REF}, {@code GITHUB_REF_NAME} outside pull requests,
     * {@code CI_MERGE_REQUEST_SOURCE_BRANCH_NAME}, {@code CI_COMMIT_BRANCH}, then the symbolic HEAD.
     * The target: {@code --target}, {@code CHANGE_TARGET}, {@code GITHUB_BASE_REF},
     * {@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}.
     *
     * @param symbolicHead the branch HEAD points at; empty when HEAD is detached
     */
    public static BranchContext resolve(Optional<String> branchFlag, Optional<String> targetFlag,
                                        Map<String, String> env, Optional<String> symbolicHead) {
        boolean githubPullRequest = value(env, "GITHUB_HEAD_REF").isPresent()
                || value(env, "GITHUB_EVENT_NAME").filter(e -> e.startsWith("pull_request")).isPresent();
        boolean pullRequest = targetFlag.filter(t -> !t.isBlank()).isPresent()
                || value(env, "CHANGE_ID").isPresent()
                || value(env, "BRANCH_NAME").filter(b -> JENKINS_PR.matcher(b).matches()).isPresent()
                || githubPullRequest
                || value(env, "CI_MERGE_REQUEST_IID").isPresent()
                || TARGET_VARIABLES.stream().anyMatch(v -> value(env, v).isPresent());

        String source = NONE;
        Optional<String> branch = branchFlag.map(String::strip).filter(b -> !b.isEmpty());
        if (branch.isPresent()) {
            source = "--branch";
        } else {
            for (String variable : List.of("CHANGE_BRANCH", "BRANCH_NAME", "GIT_LOCAL_BRANCH", "GIT_BRANCH",
                    "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
                    "CI_COMMIT_BRANCH")) {
                if (variable.equals("GITHUB_REF_NAME") && githubPullRequest) {
                    continue; // in a pull request it is "12/merge"
                }
                Optional<String> found = value(env, variable).map(BranchContext::withoutRemote)
                        .filter(b -> !JENKINS_PR.matcher(b).matches());
                if (found.isPresent()) {
                    branch = found;
                    source = variable;
                    break;
                }
            }
        }
        if (branch.isEmpty()) {
            branch = symbolicHead.map(String::strip).filter(b -> !b.isEmpty());
            source = branch.isPresent() ? "HEAD" : NONE;
        } else {
            branch = branch.map(BranchContext::withoutRemote);
        }

        Optional<String> target = targetFlag.map(String::strip).filter(t -> !t.isEmpty());
        for (int i = 0; target.isEmpty() && i < TARGET_VARIABLES.size(); i++) {
            target = value(env, TARGET_VARIABLES.get(i));
        }
        return new BranchContext(branch, target.map(BranchContext::withoutRemote), source, symbolicHead.isEmpty(),
                pullRequest);
    }

    /** {@code origin/feature}, {@code refs/heads/feature}, {@code refs/remotes/origin/feature} → {@code feature}. */
    static String withoutRemote(String name) {
        String n = name.strip();
        for (String prefix : List.of("refs/heads/", "refs/remotes/origin/", "remotes/origin/", "origin/")) {
            if (n.startsWith(prefix)) {
                return n.substring(prefix.length());
            }
        }
        return n;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** How the branch was found, for messages: "`CHANGE_BRANCH`", "the symbolic HEAD". */
    public String describeSource() {
        return switch (branchSource) {
            case "HEAD" -> "the checked-out branch";
            case NONE -> "nothing";
            case "--branch" -> "`--branch`";
            default -> "`" + branchSource + "`";
        };
    }
}
