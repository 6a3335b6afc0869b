package org.runbookgovernance.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.BoundedMemo;
import org.runbookgovernance.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way this project reads YAML: safe constructor (plain maps, lists, strings, numbers, booleans;
 * dates stay strings), no duplicate keys, bounded aliases, depth and size. Errors name file and line.
 */
public final class SafeYaml {

    private SafeYaml() {
    }

    public static LoaderOptions options(YamlLimits limits) {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(limits.maxAliases());
        o.setNestingDepthLimit(limits.maxDepth());
        o.setCodePointLimit(limits.maxCodePoints());
        o.setAllowRecursiveKeys(false);
        o.setProcessComments(false);
        return o;
    }

    /** Loads one document. {@code firstLine} is the file line of the text's first line (front matter starts at 2). */
    public static Object load(String text, String path, int firstLine, YamlLimits limits) {
        try {
            return cached(limits).load(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A failed load may leave the constructor half-way: the next load on this thread starts afresh.
            PER_THREAD.get().remove(limits);
            throw failure(e, path, firstLine);
        }
    }

    /** Loads every document of a multi-document stream. */
    public static List<Object> loadAll(String text, String path, YamlLimits limits) {
        try {
            List<Object> docs = new ArrayList<>();
            for (Object d : yaml(limits).loadAll(text)) {
                docs.add(d);
            }
            return docs;
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e, path, 1);
        }
    }

    /** Composes every document into nodes, which keep their line numbers. */
    public static List<Node> composeAll(String text, String path, YamlLimits limits) {
        try {
            List<Node> nodes = new ArrayList<>();
            for (Node n : yaml(limits).composeAll(new java.io.StringReader(text))) {
                nodes.add(n);
            }
            return nodes;
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e, path, 1);
        }
    }

    /**
     * Building a loader (constructor tables, resolver, representer) cost more than reading a short front
     * matter, and a check reads thousands: each thread keeps one per limits. A Yaml is not thread-safe but
     * may load one document after another; every load gets a fresh parser and composer.
     */
    private static final ThreadLocal<Map<YamlLimits, Yaml>> PER_THREAD = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Keyed by identity (callers pass the SMALL and LARGE constants; a record's hashCode showed in the profile). */
    private static Yaml cached(YamlLimits limits) {
        Map<YamlLimits, Yaml> loaders = PER_THREAD.get();
        if (loaders.size() > 8) {
            loaders.clear(); // callers making their own limits per call get no reuse, and no leak either
        }
        return loaders.computeIfAbsent(limits, SafeYaml::yaml);
    }

    private static Yaml yaml(YamlLimits limits) {
        LoaderOptions o = options(limits);
        return new Yaml(new StringDatesConstructor(o), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), o,
                new RememberingResolver());
    }

    static BadInputException failure(Throwable e, String path, int firstLine) {
        if (e instanceof StackOverflowError) {
            return new BadInputException(new SourcePosition(path, firstLine), "YAML nests too deeply to read");
        }
        int line = firstLine;
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            if (mark != null) {
                line = firstLine + mark.getLine();
            }
            what = (m.getContext() == null ? "" : m.getContext() + ", ") + (m.getProblem() == null ? "" : m.getProblem());
        } else if (e instanceof YAMLException) {
            what = what.lines().findFirst().orElse(what);
        }
        return new BadInputException(new SourcePosition(path, line), "invalid YAML: " + what.strip(), e);
    }

    /**
     * snakeyaml's resolver, remembering the tag of the plain scalars it would try against its patterns: those
     * up to {@link #PATTERNS_FOR_ALL} characters (one pattern is tried on every such scalar) and those starting
     * with a character that has patterns (a digit, a sign, {@code y}, {@code n}, {@code t}, ...). Each try makes a
     * matcher, and the number and timestamp patterns are dear, while front matter repeats its keys, dates and
     * versions across thousands of files. The tag depends on the text alone, so a remembered one is the one
     * snakeyaml gives; any other scalar is resolved as it comes, which is cheaper than a lookup.
     */
    private static final class RememberingResolver extends Resolver {
        /** snakeyaml tries its empty-value pattern on every plain scalar up to this length. */
        private static final int PATTERNS_FOR_ALL = 10;
        private static final int MAX_REMEMBERED = 40;

        private final boolean[] hasPatterns = new boolean[128];
        private final BoundedMemo<Tag> tried = new BoundedMemo<>(1024, MAX_REMEMBERED);
        private final Function<String, Tag> resolvePlain = this::resolvePlain;

        RememberingResolver() {
            for (Character first : yamlImplicitResolvers.keySet()) {
                if (first != null && first < hasPatterns.length) {
                    hasPatterns[first] = true;
                }
            }
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit && remembered(value)) {
                return tried.get(value, resolvePlain);
            }
            return super.resolve(kind, value, implicit);
        }

        private boolean remembered(String value) {
            int length = value.length();
            if (length <= PATTERNS_FOR_ALL) {
                return true;
            }
            char first = value.charAt(0);
            return length <= MAX_REMEMBERED && first < hasPatterns.length && hasPatterns[first];
        }

        private Tag resolvePlain(String value) {
            return super.resolve(NodeId.scalar, value, true);
        }
    }

    /** A safe constructor that leaves timestamps as the text written, so dates are checked by our rules. */
    private static final class StringDatesConstructor extends SafeConstructor {
        StringDatesConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
