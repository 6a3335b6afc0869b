package org.runbookgovernance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Replays a golden case's {@code history.txt} into {@code repo/} as a git repository, one step a line:
 * <pre>
 * commit 2023-03-14T09:00:00Z "Import the runbooks" history/01-import
 * branch fix/target-down
 * commit 2026-11-20T09:00:00Z "TargetDown: check the scrape error first" repo
 * </pre>
 * A commit copies the named folder of the case over the work tree, or only the files and folders named after
 * it (a {@code .deleted} file in the folder lists paths to remove first, one a line: a rename is a removal and
 * an addition) and commits everything. {@code branch}
 * creates a branch and checks it out. Blank lines and {@code #} comments are skipped.
 */
final class CaseHistory {

    static final String FILE = "history.txt";
    private static final String DELETED = ".deleted";
    private static final Pattern COMMIT = Pattern.compile("commit\\s+(\\S+)\\s+\"([^\"]*)\"\\s+(\\S+)((?:\\s+\\S+)*)");
    private static final Pattern BRANCH = Pattern.compile("branch\\s+(\\S+)");

    private CaseHistory() {
    }

    static void replay(Path caseDir, Path work) throws IOException {
        List<String> lines = Files.readAllLines(caseDir.resolve(FILE), StandardCharsets.UTF_8);
        try (TempGitRepository git = TempGitRepository.init(work.resolve("repo"))) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher commit = COMMIT.matcher(line);
                Matcher branch = BRANCH.matcher(line);
                if (commit.matches()) {
                    List<String> only = commit.group(4).isBlank() ? List.of()
                            : List.of(commit.group(4).strip().split("\\s+"));
                    overlay(caseDir.resolve(commit.group(3)), git.root(), only);
                    git.commit(commit.group(2), commit.group(1));
                } else if (branch.matches()) {
                    git.branch(branch.group(1));
                } else {
                    throw new IllegalArgumentException(caseDir.resolve(FILE) + ":" + (i + 1) + ": expected "
                            + "`commit INSTANT \"MESSAGE\" FOLDER` or `branch NAME`, got: " + line);
                }
            }
        } catch (GitAPIException e) {
            throw new IOException(caseDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static void overlay(Path folder, Path tree, List<String> only) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": no such folder in the case");
        }
        Path deleted = folder.resolve(DELETED);
        if (Files.exists(deleted)) {
            for (String path : Files.readAllLines(deleted, StandardCharsets.UTF_8)) {
                if (!path.isBlank()) {
                    Files.delete(tree.resolve(path.strip()));
                }
            }
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                String relative = folder.relativize(p).toString();
                if (p.equals(deleted) || !only.isEmpty() && !Files.isDirectory(p)
                        && only.stream().noneMatch(o -> relative.equals(o) || relative.startsWith(o + "/"))) {
                    continue;
                }
                Path target = tree.resolve(relative);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
