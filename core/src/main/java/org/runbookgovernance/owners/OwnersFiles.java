package org.runbookgovernance.owners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * Kubernetes-style {@code OWNERS} files: the nearest one up the folder tree that names {@code approvers} for a
 * file (at its top or under a {@code filters:} regular expression that matches the file's path below it), else
 * its {@code reviewers}; names defined in the root's {@code OWNERS_ALIASES} stand for their members.
 */
final class OwnersFiles {

    /** One OWNERS file as read: its approvers and reviewers, each under the filter that applies them. */
    record OwnersFile(String folder, String label, List<Scoped> scoped) {
    }

    record Scoped(Pattern filter, List<String> approvers, List<String> reviewers) {
    }

    private final Function<String, Optional<String>> read;
    private final Map<String, List<String>> aliases;
    private final List<Problem> problems;
    private final Map<String, Optional<OwnersFile>> byFolder = new HashMap<>();
    private final Function<String, String> label;

    /**
     * @param read    the text of a file by its path from the repository root, empty when it is not there
     * @param label   a path from the repository root as problems name it
     */
    OwnersFiles(Function<String, Optional<String>> read, Function<String, String> label, List<Problem> problems) {
        this.read = read;
        this.label = label;
        this.problems = problems;
        this.aliases = aliases(read.apply("OWNERS_ALIASES"), label.apply("OWNERS_ALIASES"), problems);
    }

    /** The owners for {@code path} from the repository root, and the OWNERS file that named them. */
    Optional<Map.Entry<String, List<String>>> ownersOf(String path) {
        String folder = parent(path);
        while (folder != null) {
            Optional<OwnersFile> file = byFolder.computeIfAbsent(folder, this::load);
            if (file.isPresent()) {
                String below = folder.isEmpty() ? path : path.substring(folder.length() + 1);
                List<String> owners = pick(file.get(), below);
                if (!owners.isEmpty()) {
                    return Optional.of(Map.entry(file.get().label(), owners));
                }
            }
            folder = folder.isEmpty() ? null : parent(folder);
        }
        return Optional.empty();
    }

    private List<String> pick(OwnersFile file, String below) {
        Set<String> approvers = new LinkedHashSet<>();
        Set<String> reviewers = new LinkedHashSet<>();
        for (Scoped s : file.scoped()) {
            if (s.filter() == null || s.filter().matcher(below).find()) {
                s.approvers().forEach(a -> approvers.addAll(expand(a)));
                s.reviewers().forEach(r -> reviewers.addAll(expand(r)));
            }
        }
        return List.copyOf(approvers.isEmpty() ? reviewers : approvers);
    }

    private List<String> expand(String name) {
        return aliases.getOrDefault(name, List.of(name));
    }

    private Optional<OwnersFile> load(String folder) {
        String path = folder.isEmpty() ? "OWNERS" : folder + "/OWNERS";
        Optional<String> text = read.apply(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = label.apply(path);
        Object yaml;
        try {
            yaml = SafeYaml.load(text.get(), name, 1, YamlLimits.SMALL);
        } catch (BadInputException e) {
            problems.add(new Problem(ProblemIds.MALFORMED_OWNERS, e.position() == null ? SourcePosition.file(name)
                    : e.position(), "not valid YAML; its owners are skipped"));
            return Optional.empty();
        }
        if (yaml == null) {
            return Optional.empty();
        }
        if (!(yaml instanceof Map<?, ?> top)) {
            problems.add(problem(name, "expected a mapping with `approvers:` or `reviewers:` lists"));
            return Optional.empty();
        }
        List<Scoped> scoped = new ArrayList<>();
        scoped.add(new Scoped(null, names(top.get("approvers"), name, "approvers"),
                names(top.get("reviewers"), name, "reviewers")));
        if (top.get("filters") instanceof Map<?, ?> filters) {
            for (Map.Entry<?, ?> f : filters.entrySet()) {
                Pattern filter;
                try {
                    filter = Pattern.compile(String.valueOf(f.getKey()));
                } catch (PatternSyntaxException e) {
                    problems.add(problem(name, "filter `" + f.getKey() + "` is not a regular expression; skipped"));
                    continue;
                }
                if (f.getValue() instanceof Map<?, ?> body) {
                    scoped.add(new Scoped(filter, names(body.get("approvers"), name, "approvers"),
                            names(body.get("reviewers"), name, "reviewers")));
                }
            }
        } else if (top.get("filters") != null) {
            problems.add(problem(name, "`filters` is not a mapping of regular expressions; skipped"));
        }
        return Optional.of(new OwnersFile(folder, name, List.copyOf(scoped)));
    }

    private List<String> names(Object value, String file, String key) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(problem(file, "`" + key + "` is not a list of names; skipped"));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String s && !s.isBlank()) {
                names.add(s.strip());
            } else {
                problems.add(problem(file, "`" + key + "` holds `" + item + "`, which is not a name; skipped"));
            }
        }
        return names;
    }

    private static Map<String, List<String>> aliases(Optional<String> text, String name, List<Problem> problems) {
        if (text.isEmpty()) {
            return Map.of();
        }
        Object yaml;
        try {
            yaml = SafeYaml.load(text.get(), name, 1, YamlLimits.SMALL);
        } catch (BadInputException e) {
            problems.add(new Problem(ProblemIds.MALFORMED_OWNERS, e.position() == null ? SourcePosition.file(name)
                    : e.position(), "not valid YAML; aliases are shown by name"));
            return Map.of();
        }
        if (!(yaml instanceof Map<?, ?> top) || !(top.get("aliases") instanceof Map<?, ?> all)) {
            problems.add(problem(name, "expected `aliases:` mapping each alias to a list of names; aliases are "
                    + "shown by name"));
            return Map.of();
        }
        Map<String, List<String>> aliases = new HashMap<>();
        for (Map.Entry<?, ?> a : all.entrySet()) {
            if (a.getValue() instanceof List<?> members) {
                aliases.put(String.valueOf(a.getKey()), members.stream().filter(String.class::isInstance)
                        .map(String.class::cast).map(String::strip).filter(m -> !m.isEmpty()).toList());
            }
        }
        return aliases;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static Problem problem(String file, String message) {
        return new Problem(ProblemIds.MALFORMED_OWNERS, SourcePosition.file(file), message);
    }
}
