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
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

/**
 * The repository walk as it was before the glob shapes and the level-parallel walk: one thread, depth first,
 * every glob asked through its regex. The oracle the scanner is compared with.
 */
final class SequentialScan {

    private static final long MAX_FILE_BYTES = RepositoryScanner.MAX_FILE_BYTES;

    private SequentialScan() {
    }

    static Scan scan(Path root, DocumentGlobs globs) {
        return scan(root, globs, true);
    }

    static Scan list(Path root, DocumentGlobs globs) {
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
                        problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                                "unreadable path: `" + rel + "` could not be inspected (" + e.getClass().getSimpleName()
                                        + "); check its permissions or exclude it with `documents.exclude`."));
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(dir.isEmpty() ? "." : dir),
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
                if (isMarkdown(rel) && kindOf(globs, rel) != null) {
                    problems.add(new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                            "broken symlink: `" + rel + "` points to a file that does not exist; fix or remove the link."));
                }
                return;
            }
            if (!target.startsWith(realRoot)) {
                if (kindOf(globs, rel) != null) {
                    problems.add(new Problem(ProblemIds.OUTSIDE_REPOSITORY, SourcePosition.file(rel),
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
        DocumentKind kind = kindOf(globs, rel);
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
            return new Problem(ProblemIds.UNREADABLE, SourcePosition.file(rel),
                    "unreadable file: `" + rel + "` could not be read (" + e.getClass().getSimpleName()
                            + "); check its permissions or exclude it with `documents.exclude`.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(rel, bytes.length);
        }
        return Content.decode(rel, bytes).problem();
    }

    private static Problem tooLarge(String path, long size) {
        return RepositoryScanner.tooLarge(path, size);
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
        return anyRegex(prunable, rel);
    }

    /** DocumentGlobs.kindOf with every glob asked through its regex. */
    static DocumentKind kindOf(DocumentGlobs globs, String path) {
        if (anyRegex(globs.exclude(), path)) {
            return null;
        }
        if (anyRegex(globs.incidentReports(), path)) {
            return DocumentKind.INCIDENT_REPORT;
        }
        if (anyRegex(globs.templates(), path)) {
            return DocumentKind.TEMPLATE;
        }
        if (anyRegex(globs.index(), path)) {
            return DocumentKind.INDEX;
        }
        if (anyRegex(globs.guides(), path)) {
            return DocumentKind.GUIDE;
        }
        if (anyRegex(globs.other(), path)) {
            return DocumentKind.OTHER;
        }
        if (anyRegex(globs.runbooks(), path)) {
            return DocumentKind.RUNBOOK;
        }
        return DocumentKind.OTHER;
    }

    private static boolean anyRegex(List<Glob> globs, String path) {
        for (Glob g : globs) {
            if (g.regex().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }
}
