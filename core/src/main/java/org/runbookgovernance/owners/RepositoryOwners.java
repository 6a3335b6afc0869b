package org.runbookgovernance.owners;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.model.Owner;
import org.runbookgovernance.model.OwnerSource;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

/**
 * Reads who owns each runbook from the repository's owner files, once per check: {@code CODEOWNERS} (the first
 * of {@code .github/}, the root, {@code docs/} and {@code .gitlab/}), else the nearest {@code OWNERS} file. The
 * files are read from the repository root, the git work tree's when the checked folder is inside one, so a
 * check of {@code docs/runbooks} still sees the root's files. Only regular files inside the root are read,
 * each up to {@link #MAX_BYTES}; what cannot be read becomes a problem and is skipped.
 */
public final class RepositoryOwners {

    /** Where CODEOWNERS may live, in the order GitHub looks, then GitLab's own folder. */
    public static final List<String> CODEOWNERS_PATHS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS",
            ".gitlab/CODEOWNERS");

    /** Far above any real owner file; a larger one is not read. */
    static final long MAX_BYTES = 1L << 20;

    /** Owners by runbook path, and what went wrong reading the files. */
    public record Read(Map<String, Owner> byPath, List<Problem> problems) {
        public Read {
            byPath = Map.copyOf(byPath);
            problems = List.copyOf(problems);
        }
    }

    private final Path root;
    private final String prefix;
    private final List<Problem> problems = new ArrayList<>();

    private RepositoryOwners(Path root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /** The owners of every path in {@code runbooks} (relative to {@code dir}) that an owner file names. */
    public static Read read(Path dir, List<String> runbooks) {
        Path folder = dir.toAbsolutePath().normalize();
        Path root = repositoryRoot(folder);
        String prefix = root.equals(folder) ? "" : root.relativize(folder).toString().replace('\\', '/') + "/";
        return new RepositoryOwners(root, prefix).resolve(runbooks);
    }

    private Read resolve(List<String> runbooks) {
        Optional<CodeOwners> codeOwners = Optional.empty();
        String codeOwnersLabel = null;
        for (String candidate : CODEOWNERS_PATHS) {
            Optional<String> text = text(candidate);
            if (text.isPresent()) {
                codeOwnersLabel = label(candidate);
                codeOwners = Optional.of(CodeOwners.parse(text.get(), codeOwnersLabel, problems));
                break;
            }
        }
        OwnersFiles ownersFiles = new OwnersFiles(this::text, this::label, problems);
        Map<String, Owner> byPath = new HashMap<>();
        for (String runbook : runbooks) {
            String path = prefix + runbook;
            List<String> names = codeOwners.map(c -> c.ownersOf(path)).orElse(List.of());
            if (!names.isEmpty()) {
                byPath.put(runbook, new Owner(names, OwnerSource.CODEOWNERS, codeOwnersLabel));
                continue;
            }
            ownersFiles.ownersOf(path).ifPresent(found -> byPath.put(runbook,
                    new Owner(found.getValue(), OwnerSource.OWNERS_FILE, found.getKey())));
        }
        return new Read(byPath, problems);
    }

    /** The git work tree around {@code folder}, else {@code folder} itself. */
    static Path repositoryRoot(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return folder;
    }

    /** A path from the repository root as the checked folder sees it: {@code ../../OWNERS}. */
    private String label(String fromRoot) {
        if (prefix.isEmpty()) {
            return fromRoot;
        }
        if (fromRoot.startsWith(prefix)) {
            return fromRoot.substring(prefix.length());
        }
        return "../".repeat((int) prefix.chars().filter(c -> c == '/').count()) + fromRoot;
    }

    /** The file's text; empty when it is not a regular file inside the root, too large, or not UTF-8. */
    private Optional<String> text(String fromRoot) {
        Path file = root.resolve(fromRoot);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new Problem(ProblemIds.MALFORMED_OWNERS, SourcePosition.file(label(fromRoot)),
                        "larger than " + (MAX_BYTES >> 10) + " KiB; its owners are skipped"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(ProblemIds.MALFORMED_OWNERS, SourcePosition.file(label(fromRoot)),
                    "not UTF-8; its owners are skipped"));
        } catch (IOException e) {
            problems.add(new Problem(ProblemIds.MALFORMED_OWNERS, SourcePosition.file(label(fromRoot)),
                    "cannot be read (" + e.getClass().getSimpleName() + "); its owners are skipped"));
        }
        return Optional.empty();
    }
}
