package org.runbookgovernance.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.git.HistoryCacheSetting;

/**
 * One run of the engine, as a face (CLI, Jenkins step) asks for it.
 *
 * @param root        the runbook repository
 * @param config      the loaded config, with CLI overrides already applied to its document globs
 * @param today       the day to judge freshness on (faces pass the clock's date or {@code --today})
 * @param ruleGroups  only these rule groups (e.g. ["freshness"]); empty for all
 * @param useGit      read git history and the change set when root is inside a work tree
 * @param env         the CI environment (branch and PR variables); never read from System.getenv here
 * @param branch      {@code --branch}, when given
 * @param target      {@code --target}, when given
 * @param changedOnly report only findings on files the change set touches (PR mode)
 * @param alertRules  extra rule-file globs ({@code --rules}), relative to root
 * @param urlMap      extra base-URL to folder mappings ({@code --runbook-url-map})
 * @param workingDirectory what rule-file globs starting with {@code ../} are relative to: the CLI's working
 *                    directory (as a shell would expand them); root unless a face says otherwise
 * @param newOnly     report only findings the change introduces: the rules run on the merge base with the
 *                    target as well, and findings there too are left out
 * @param pastCommit  set when root is a copy of the checked folder at a past commit (the merge base): git
 *                    facts are read at that commit of the real folder's repository
 * @param historyCache where the history walk keeps its answers between checks ({@code --cache-dir},
 *                    {@code --no-cache}); the repository's {@code .git} folder unless a face says otherwise
 */
public record CheckRequest(Path root, Config config, LocalDate today, List<String> ruleGroups, boolean useGit,
                           Map<String, String> env, Optional<String> branch, Optional<String> target,
                           boolean changedOnly, List<String> alertRules, Map<String, String> urlMap,
                           Path workingDirectory, boolean newOnly, Optional<PastCommit> pastCommit,
                           HistoryCacheSetting historyCache) {

    /**
     * The real checked folder and the commit a copy of it was written from.
     *
     * @param folder the checked folder in its git work tree
     * @param commit the full commit id
     */
    public record PastCommit(Path folder, String commit) {
    }

    public CheckRequest {
        ruleGroups = List.copyOf(ruleGroups);
        env = Map.copyOf(env);
        alertRules = List.copyOf(alertRules);
        urlMap = Map.copyOf(urlMap);
    }

    /** A plain check of everything, no git, no CI context. */
    public static CheckRequest of(Path root, Config config, LocalDate today) {
        return new CheckRequest(root, config, today, List.of(), false, Map.of(), Optional.empty(), Optional.empty(),
                false, List.of(), Map.of(), root, false, Optional.empty(), HistoryCacheSetting.IN_GIT_FOLDER);
    }

    public CheckRequest withRuleGroups(List<String> groups) {
        return new CheckRequest(root, config, today, groups, useGit, env, branch, target, changedOnly, alertRules,
                urlMap, workingDirectory, newOnly, pastCommit, historyCache);
    }

    public CheckRequest withGit(boolean use, Map<String, String> environment, Optional<String> branchFlag,
                                Optional<String> targetFlag, boolean onlyChanged) {
        return new CheckRequest(root, config, today, ruleGroups, use, environment, branchFlag, targetFlag,
                onlyChanged, alertRules, urlMap, workingDirectory, newOnly, pastCommit, historyCache);
    }

    public CheckRequest withAlerts(List<String> ruleGlobs, Map<String, String> urlMappings) {
        return new CheckRequest(root, config, today, ruleGroups, useGit, env, branch, target, changedOnly, ruleGlobs,
                urlMappings, workingDirectory, newOnly, pastCommit, historyCache);
    }

    public CheckRequest withWorkingDirectory(Path directory) {
        return new CheckRequest(root, config, today, ruleGroups, useGit, env, branch, target, changedOnly, alertRules,
                urlMap, directory, newOnly, pastCommit, historyCache);
    }

    /** Only the findings the change introduces, against the target branch (see {@code newOnly}). */
    public CheckRequest withNewOnly(boolean onlyNew) {
        return new CheckRequest(root, config, today, ruleGroups, useGit, env, branch, target, changedOnly, alertRules,
                urlMap, workingDirectory, onlyNew, pastCommit, historyCache);
    }

    /** The same check of {@code copy}, a copy of this folder at {@code commit}: the whole tree, git read there. */
    public CheckRequest atCommit(Path copy, Path copiedWorkingDirectory, String commit) {
        return new CheckRequest(copy, config, today, ruleGroups, true, Map.of(), Optional.empty(), Optional.empty(),
                false, alertRules, urlMap, copiedWorkingDirectory, false, Optional.of(new PastCommit(root, commit)),
                HistoryCacheSetting.OFF);
    }

    public CheckRequest withHistoryCache(HistoryCacheSetting setting) {
        return new CheckRequest(root, config, today, ruleGroups, useGit, env, branch, target, changedOnly, alertRules,
                urlMap, workingDirectory, newOnly, pastCommit, setting);
    }
}
