package org.runbookgovernance.adopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files {@code init} looks at, as sorted repository-relative paths with {@code /}: Markdown pages, YAML files
 * and owner files. Hidden folders, build output, dependencies, test data and Hugo archetypes are not walked.
 */
public record RepositorySurvey(Path root, List<String> markdown, List<String> yaml, List<String> owners) {

    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "archetypes", "vendor", "testdata");

    public RepositorySurvey {
        markdown = List.copyOf(markdown);
        yaml = List.copyOf(yaml);
        owners = List.copyOf(owners);
    }

    public static RepositorySurvey of(Path root) throws IOException {
        List<String> markdown = new ArrayList<>();
        List<String> yaml = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean top = dir.equals(root);
                if (!top && (SKIPPED.contains(name) || name.startsWith(".") && !name.equals(".github")
                        && !name.equals(".gitlab"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String path = relative(root, file);
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (path.startsWith(".github/") || path.startsWith(".gitlab/")) {
                    if (name.equals("CODEOWNERS")) {
                        owners.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }
                if (lower.endsWith(".md")) {
                    markdown.add(path);
                } else if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
                    yaml.add(path);
                } else if (name.equals("CODEOWNERS") || name.equals("OWNERS")) {
                    owners.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        markdown.sort(null);
        yaml.sort(null);
        owners.sort(null);
        return new RepositorySurvey(root, markdown, yaml, owners);
    }

    /** The file's lines, or none when it cannot be read as UTF-8. */
    public List<String> lines(String path) {
        try {
            return Files.readAllLines(root.resolve(path));
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
