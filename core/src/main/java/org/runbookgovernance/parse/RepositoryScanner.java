package org.runbookgovernance.parse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

/**
 * Finds the Markdown files of a runbook repository. A symlink leaving the repository is reported and not
 * followed; a symlinked file inside is read under the link's path; a symlinked directory inside is not
 * entered (its target is walked under its own path, so link loops cannot happen). {@code .git} is never
 * entered; files too large, binary or not UTF-8 are reported and skipped.
 */
public final class RepositoryScanner {

    public static final long MAX_FILE_BYTES = 2L << 20;

    /** Fewer entries on one level of the tree are inspected on this thread: waking workers would cost more. */
    static final int PARALLEL_FROM_ENTRIES = 64;

    private static final Comparator<ScannedFile> BY_PATH = (a, b) -> a.path().compareTo(b.path());

    private RepositoryScanner() {
    }

    /** Walks root for *.md / *.markdown files (sorted by path), classifying with globs.kindOf(path) (null = excluded). */
    public static Scan scan(Path root, DocumentGlobs globs) {
        return scan(root, globs, true);
    }

    /**
     * Like {@link #scan} but reads no file content: binary and non-UTF-8 files are left for
     * {@link DocumentParser#parse(ScannedFile)}, which reports them with the same problems, so each file is
     * read once per check instead of twice.
     */
    public static Scan list(Path root, DocumentGlobs globs) {
        return scan(root, globs, false);
    }

    private static Scan scan(Path root, DocumentGlobs globs, boolean readContent) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new BadInputException(null, "repository not found: `" + root + "` does not exist or cannot be read; "
                    + "pass the directory that holds the runbooks.", e);
        }
        if (!Files.isDirectory(realRoot)) {
            throw new BadInputException(null, "not a directory: `" + root + "` is a file; pass the directory that "
                    + "holds the runbooks.");
        }
        Walk walk = new Walk(realRoot, globs, prunableDirectories(globs), readContent);
        List<ScannedFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> level = List.of(""); // relative directory paths, "" for the root
        while (!level.isEmpty()) {
            List<Entry> entries = new ArrayList<>();
            for (String dir : level) {
                list(root, dir, entries, problems);
            }
            // Each entry costs a stat (and maybe a read): a big level is inspected on every core. The outcomes
            // come back in listing order and everything is sorted below, so the result does not depend on it.
            var inspecting = entries.size() < PARALLEL_FROM_ENTRIES ? entries.stream() : entries.parallelStream();
            List<Outcome> outcomes = inspecting.map(walk::inspect).toList();
            List<String> next = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.file() != null) {
                    files.add(o.file());
                } else if (o.problem() != null) {
                    problems.add(o.problem());
                } else if (o.directory() != null) {
                    next.add(o.directory());
                }
            }
            level = next;
        }
        files.sort(BY_PATH);
        problems.sort(Comparator.comparing(Problem::position));
        return new Scan(files, problems);
    }

    /** Adds the directory's entries; a directory that cannot be listed (fully) is a problem. */
    private static void list(Path root, String dir, List<Entry> entries, List<Problem> problems) {
        Path dirPath = dir.isEmpty() ? root : root.resolve(dir);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dirPath)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                entries.add(new Entry(entry, name, dir.isEmpty() ? name : dir + "/" + name));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(dir.isEmpty() ? "." : dir),
                    "unreadable directory: `" + (dir.isEmpty() ? "." : dir) + "` could not be listed ("
                            + e.getClass().getSimpleName() + "); check its permissions or exclude it."));
        }
    }

    /** A directory entry: where it is, its name, its path relative to the root with '/'. */
    private record Entry(Path path, String name, String rel) {
    }

    /** What one entry turned out to be: a file to parse, a problem, a directory to walk, or nothing. */
    private record Outcome(ScannedFile file, Problem problem, String directory) {
        static final Outcome NOTHING = new Outcome(null, null, null);

        static Outcome file(ScannedFile file) {
            return new Outcome(file, null, null);
        }

        static Outcome of(Problem problem) {
            return new Outcome(null, problem, null);
        }

        static Outcome directory(String rel) {
            return new Outcome(null, null, rel);
        }
    }

    /** The fixed inputs of one scan; inspect() is safe to call from several threads. */
    private record Walk(Path realRoot, DocumentGlobs globs, List<Glob> prunable, boolean readContent) {

        Outcome inspect(Entry entry) {
            try {
                return visit(entry.path(), entry.name(), entry.rel());
            } catch (IOException | RuntimeException e) {
                String rel = entry.rel();
                return Outcome.of(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                        "unreadable path: `" + rel + "` could not be inspected (" + e.getClass().getSimpleName()
                                + "); check its permissions or exclude it with `documents.exclude`."));
            }
        }

        private Outcome visit(Path entry, String name, String rel) throws IOException {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean regular = own.isRegularFile();
            long size = own.size();
            if (own.isSymbolicLink()) {
                if (!isMarkdown(rel) && !Files.isDirectory(entry)) {
                    return Outcome.NOTHING; // a link to something we would not read anyway
                }
                Path target;
                try {
                    target = entry.toRealPath();
                } catch (IOException e) {
                    if (isMarkdown(rel) && globs.kindOf(rel) != null) {
                        return Outcome.of(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                                "broken symlink: `" + rel + "` points to a file that does not exist; fix or remove "
                                        + "the link."));
                    }
                    return Outcome.NOTHING;
                }
                if (!target.startsWith(realRoot)) {
                    if (globs.kindOf(rel) != null) {
                        return Outcome.of(new Problem(ProblemIds.OUTSIDE_REPOSITORY, SourcePosition.file(rel),
                                "symlink leaves the repository: `" + rel + "` points outside the repository, so it is "
                                        + "not followed; copy the file into the repository or remove the link."));
                    }
                    return Outcome.NOTHING;
                }
                if (Files.isDirectory(target) || realRoot.relativize(target).startsWith(".git")) {
                    return Outcome.NOTHING; // its target is inside the repository, walked under its own path: no loops
                }
                BasicFileAttributes resolved = Files.readAttributes(target, BasicFileAttributes.class);
                regular = resolved.isRegularFile();
                size = resolved.size();
            } else if (own.isDirectory()) {
                return name.equals(".git") || pruned(rel, prunable) ? Outcome.NOTHING : Outcome.directory(rel);
            }
            if (!regular || !isMarkdown(rel)) {
                return Outcome.NOTHING;
            }
            DocumentKind kind = globs.kindOf(rel);
            if (kind == null) {
                return Outcome.NOTHING;
            }
            if (size > MAX_FILE_BYTES) {
                return Outcome.of(tooLarge(rel, size));
            }
            Problem content = readContent ? checkContent(entry, rel) : null;
            if (content != null) {
                return Outcome.of(content);
            }
            return Outcome.file(new ScannedFile(rel, kind, entry));
        }
    }

    /** Reads the file once to refuse binary and non-UTF-8 content before anything parses it. */
    private static Problem checkContent(Path file, String rel) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file);
        } catch (IOException | RuntimeException e) {
            return new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                    "unreadable file: `" + rel + "` could not be read (" + e.getClass().getSimpleName()
                            + "); check its permissions or exclude it with `documents.exclude`.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(rel, bytes.length);
        }
        return Content.decode(rel, bytes).problem();
    }

    static Problem tooLarge(String path, long size) {
        return new Problem(ProblemIds.TOO_LARGE, SourcePosition.file(path),
                "file too large: `" + path + "` has " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + "-byte limit, so it is skipped; split it or exclude it with `documents.exclude`.");
    }

    /** Ends in .md or .markdown, any case; no lower-cased copy of the path (the same answer, checked per character). */
    static boolean isMarkdown(String rel) {
        int n = rel.length();
        return rel.regionMatches(true, n - 3, ".md", 0, 3) || rel.regionMatches(true, n - 9, ".markdown", 0, 9);
    }

    /** Exclusions of the form {@code dir/**}: a folder matching {@code dir} holds nothing to scan. */
    private static List<Glob> prunableDirectories(DocumentGlobs globs) {
        List<Glob> out = new ArrayList<>();
        for (Glob g : globs.exclude()) {
            String p = g.pattern().startsWith("./") ? g.pattern().substring(2) : g.pattern();
            if (p.endsWith("/**") && p.length() > 3) {
                out.add(Glob.of(p.substring(0, p.length() - 3)));
            }
        }
        return out;
    }

    private static boolean pruned(String rel, List<Glob> prunable) {
        for (Glob g : prunable) {
            if (g.matches(rel)) {
                return true;
            }
        }
        return false;
    }
}
