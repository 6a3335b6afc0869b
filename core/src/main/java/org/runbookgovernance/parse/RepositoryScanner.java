package org.runbookgovernance.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.rules.input.InputRules;

/**
 * Finds the Markdown files of a runbook repository. A symlink leaving the repository is reported and not
 * followed; a symlinked file inside is read under the link's path; a symlinked directory inside is not
 * entered (its target is walked under its own path, so link loops cannot happen). {@code .git} is never
 * entered; files too large, binary or not UTF-8 are reported and skipped.
 */
public final class RepositoryScanner {

    public static final long MAX_FILE_BYTES = 2L << 20;

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
        List<Glob> prunable = prunableDirectories(globs);
        List<ScannedFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(); // relative directory paths, "" for the root
        pending.push("");
        while (!pending.isEmpty()) {
            String dir = pending.pop();
            Path dirPath = dir.isEmpty() ? root : root.resolve(dir);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dirPath)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String rel = dir.isEmpty() ? name : dir + "/" + name;
                    try {
                        visit(entry, rel, realRoot, globs, prunable, pending, files, problems, readContent);
                    } catch (IOException | RuntimeException e) {
                        problems.add(new Problem(InputRules.UNREADABLE, SourcePosition.file(rel),
                                "unreadable path: `" + rel + "` could not be inspected (" + e.getClass().getSimpleName()
                                        + "); check its permissions or exclude it with `documents.exclude`."));
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(InputRules.UNREADABLE, SourcePosition.file(dir.isEmpty() ? "." : dir),
                        "unreadable directory: `" + (dir.isEmpty() ? "." : dir) + "` could not be listed ("
                                + e.getClass().getSimpleName() + "); check its permissions or exclude it."));
            }
        }
        files.sort(Comparator.comparing(ScannedFile::path));
        problems.sort(Comparator.comparing(Problem::position));
        return new Scan(files, problems);
    }

    private static void visit(Path entry, String rel, Path realRoot, DocumentGlobs globs, List<Glob> prunable,
                              Deque<String> pending, List<ScannedFile> files,
                              List<Problem> problems, boolean readContent) throws IOException {
        BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = name(entry);
        boolean regular = own.isRegularFile();
        long size = own.size();
        if (own.isSymbolicLink()) {
            if (!isMarkdown(rel) && !Files.isDirectory(entry)) {
                return; // a link to something we would not read anyway
            }
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException e) {
                if (isMarkdown(rel) && globs.kindOf(rel) != null) {
                    problems.add(new Problem(InputRules.UNREADABLE, SourcePosition.file(rel),
                            "broken symlink: `" + rel + "` points to a file that does not exist; fix or remove the link."));
                }
                return;
            }
            if (!target.startsWith(realRoot)) {
                if (globs.kindOf(rel) != null) {
                    problems.add(new Problem(InputRules.OUTSIDE_REPOSITORY, SourcePosition.file(rel),
                            "symlink leaves the repository: `" + rel + "` points outside the repository, so it is "
                                    + "not followed; copy the file into the repository or remove the link."));
                }
                return;
            }
            if (Files.isDirectory(target) || realRoot.relativize(target).startsWith(".git")) {
                return; // its target is inside the repository and walked under its own path; no loops
            }
            BasicFileAttributes resolved = Files.readAttributes(target, BasicFileAttributes.class);
            regular = resolved.isRegularFile();
            size = resolved.size();
        } else if (own.isDirectory()) {
            if (!name.equals(".git") && !pruned(rel, prunable)) {
                pending.push(rel);
            }
            return;
        }
        if (!regular || !isMarkdown(rel)) {
            return;
        }
        DocumentKind kind = globs.kindOf(rel);
        if (kind == null) {
            return;
        }
        if (size > MAX_FILE_BYTES) {
            problems.add(tooLarge(rel, size));
            return;
        }
        Problem content = readContent ? checkContent(entry, rel) : null;
        if (content != null) {
            problems.add(content);
            return;
        }
        files.add(new ScannedFile(rel, kind, entry));
    }

    /** Reads the file once to refuse binary and non-UTF-8 content before anything parses it. */
    private static Problem checkContent(Path file, String rel) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return new Problem(InputRules.UNREADABLE, SourcePosition.file(rel),
                    "unreadable file: `" + rel + "` could not be read (" + e.getClass().getSimpleName()
                            + "); check its permissions or exclude it with `documents.exclude`.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(rel, bytes.length);
        }
        return Content.decode(rel, bytes).problem();
    }

    static Problem tooLarge(String path, long size) {
        return new Problem(InputRules.TOO_LARGE, SourcePosition.file(path),
                "file too large: `" + path + "` has " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + "-byte limit, so it is skipped; split it or exclude it with `documents.exclude`.");
    }

    private static String name(Path entry) {
        return entry.getFileName().toString();
    }

    private static boolean isMarkdown(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
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
