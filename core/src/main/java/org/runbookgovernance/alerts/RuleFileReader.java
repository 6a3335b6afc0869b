package org.runbookgovernance.alerts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads alerting rules from a Prometheus rule file as a stream of YAML events: plain {@code groups:}
 * files, Kubernetes {@code PrometheusRule} objects ({@code spec.groups}), {@code kind: List} wrappers
 * ({@code items[].spec.groups}) and multi-document files. Each rule is built, handed over and dropped,
 * so a file with 100,000 rules needs memory for one rule at a time, and every alert keeps the line of
 * its {@code - alert:} entry. Aliases are shared, never copied, and their expanded size is bounded, so a
 * "billion laughs" file fails fast instead of exhausting memory.
 */
final class RuleFileReader {

    /** Expanded nodes that aliases may add to one document before it counts as a YAML bomb. */
    static final long MAX_ALIAS_EXPANSION = 1_000_000;

    private final String path;
    private final List<String> runbookAnnotations;
    /** Label keys read for the reference when no annotation carries one; an array, so loops make no iterator. */
    private final String[] runbookLabels;
    private final YamlLimits limits;
    private final SharedAlertParts shared;

    RuleFileReader(String path, List<String> runbookAnnotations, YamlLimits limits) {
        this(path, runbookAnnotations, limits, new SharedAlertParts());
    }

    /** As the other constructor, sharing label texts, label sets and references with other files read by one task. */
    RuleFileReader(String path, List<String> runbookAnnotations, YamlLimits limits, SharedAlertParts shared) {
        this(path, runbookAnnotations, List.of(), limits, shared);
    }

    /**
     * As the other constructors, also reading the reference from the labels {@code runbookLabels} name (in order)
     * when no annotation carries one.
     */
    RuleFileReader(String path, List<String> runbookAnnotations, List<String> runbookLabels, YamlLimits limits,
                   SharedAlertParts shared) {
        this.path = path;
        this.runbookAnnotations = List.copyOf(runbookAnnotations);
        this.runbookLabels = List.copyOf(runbookLabels).toArray(new String[0]);
        this.limits = limits;
        this.shared = shared;
    }

    /** A rule file that cannot be read as YAML: where, and why. */
    static final class MalformedRuleFile extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedRuleFile(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Hands every alerting rule to {@code sink} in file order; recording rules are skipped. */
    void read(Reader reader, Consumer<Alert> sink) throws MalformedRuleFile, java.nio.charset.CharacterCodingException {
        Yaml yaml = new Yaml(SafeYaml.options(limits));
        Builder builder = new Builder(sink);
        try {
            for (Event event : yaml.parse(reader)) {
                builder.accept(event);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = (e.getContext() == null ? "" : e.getContext() + ", ")
                    + (e.getProblem() == null ? "" : e.getProblem());
            throw new MalformedRuleFile(mark == null ? 1 : mark.getLine() + 1, "invalid YAML: " + what.strip());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof java.nio.charset.CharacterCodingException coding) {
                    throw coding; // not a YAML problem: the collector reports the encoding
                }
            }
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new MalformedRuleFile(builder.lastLine, "invalid YAML: " + what.lines().findFirst().orElse(what));
        } catch (StackOverflowError e) {
            throw new MalformedRuleFile(builder.lastLine, "YAML nests too deeply to read");
        }
    }

    // ---- a minimal node tree: enough to read one rule, with the line each node starts on ----

    sealed interface YNode permits Scalar, Sequence, Mapping {
        int line();

        /** Nodes this one stands for when aliases are expanded; bounded to stop YAML bombs. */
        long weight();
    }

    record Scalar(String value, int line) implements YNode {
        @Override
        public long weight() {
            return 1;
        }
    }

    record Sequence(List<YNode> items, int line, long weight) implements YNode {
    }

    record Mapping(Map<String, YNode> entries, int line, long weight) implements YNode {
        Optional<String> text(String key) {
            YNode n = entries.get(key);
            return n instanceof Scalar s && !s.value().isBlank() ? Optional.of(s.value()) : Optional.empty();
        }

        Optional<Mapping> mapping(String key) {
            return entries.get(key) instanceof Mapping m ? Optional.of(m) : Optional.empty();
        }
    }

    /** A collection being built, with the key path that leads to it ("*" for a sequence item). */
    private static final class Frame {
        final boolean isMapping;
        final int line;
        final String anchor;
        final List<String> path;
        // Only the one a frame uses is made: 100,000 rules open several hundred thousand frames.
        final List<YNode> items;
        final Map<String, YNode> entries;
        String pendingKey;
        boolean expectKey = true;
        long weight = 1;

        Frame(boolean isMapping, int line, String anchor, List<String> path) {
            this.isMapping = isMapping;
            this.line = line;
            this.anchor = anchor;
            this.path = path;
            this.items = isMapping ? List.of() : new ArrayList<>();
            this.entries = isMapping ? new LinkedHashMap<>() : Map.of();
        }

        /** The path a child added now will have. */
        List<String> childPath() {
            List<String> p = new ArrayList<>(path);
            p.add(isMapping ? (pendingKey == null ? "?" : pendingKey) : "*");
            return p;
        }
    }

    private final class Builder {
        private final Consumer<Alert> sink;
        private final List<Frame> stack = new ArrayList<>();
        private final Map<String, YNode> anchors = new HashMap<>();
        private long aliasExpansion;
        private int aliasCount;
        int lastLine = 1;

        Builder(Consumer<Alert> sink) {
            this.sink = sink;
        }

        void accept(Event event) throws MalformedRuleFile {
            if (event.getStartMark() != null) {
                lastLine = event.getStartMark().getLine() + 1;
            }
            switch (event.getEventId()) {
                case DocumentStart -> {
                    anchors.clear();
                    aliasExpansion = 0;
                    aliasCount = 0;
                }
                case MappingStart, SequenceStart -> {
                    // The event stream has no composer to enforce the depth limit, and each frame copies its path.
                    if (stack.size() >= limits.maxDepth()) {
                        throw new MalformedRuleFile(lastLine, "invalid YAML: nesting depth exceeds "
                                + limits.maxDepth() + " levels; flatten the rule file");
                    }
                    Frame parent = top();
                    List<String> p = parent == null ? List.of() : parent.childPath();
                    if (parent != null && parent.isMapping && parent.expectKey) {
                        p = List.of("?complex-key");
                    }
                    stack.add(new Frame(event.getEventId() == Event.ID.MappingStart, lastLine,
                            ((CollectionStartEvent) event).getAnchor(), p));
                }
                case MappingEnd, SequenceEnd -> {
                    Frame f = stack.remove(stack.size() - 1);
                    YNode node;
                    if (f.isMapping) {
                        node = new Mapping(merged(f), f.line, f.weight);
                    } else {
                        node = new Sequence(List.copyOf(f.items), f.line, f.weight);
                    }
                    if (f.anchor != null) {
                        anchors.put(f.anchor, node);
                    }
                    if (f.isMapping && isRule(f.path)) {
                        emit((Mapping) node);
                        // Handed over: drop it from the tree so memory stays at one rule.
                        if (f.anchor == null) {
                            node = new Scalar("", f.line);
                        }
                    }
                    add(node);
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) event;
                    YNode node = new Scalar(s.getValue(), lastLine);
                    if (s.getAnchor() != null) {
                        anchors.put(s.getAnchor(), node);
                    }
                    add(node);
                }
                case Alias -> {
                    String name = ((AliasEvent) event).getAnchor();
                    YNode target = anchors.get(name);
                    if (target == null) {
                        throw new MalformedRuleFile(lastLine, "invalid YAML: found undefined alias `" + name + "`");
                    }
                    if (!(target instanceof Scalar)) {
                        aliasCount++;
                        aliasExpansion += target.weight();
                        if (aliasCount > limits.maxAliases() || aliasExpansion > MAX_ALIAS_EXPANSION) {
                            throw new MalformedRuleFile(lastLine, "aliases expand to more than "
                                    + (aliasCount > limits.maxAliases() ? limits.maxAliases() + " collections"
                                    : MAX_ALIAS_EXPANSION + " nodes")
                                    + " (a YAML bomb?); write the rules out instead of aliasing them");
                        }
                    }
                    add(target);
                }
                default -> {
                    // StreamStart, StreamEnd, DocumentEnd: nothing to build.
                }
            }
        }

        private Frame top() {
            return stack.isEmpty() ? null : stack.get(stack.size() - 1);
        }

        private void add(YNode node) {
            Frame parent = top();
            if (parent == null) {
                return; // a document's root: its rules were handed over already
            }
            if (!parent.isMapping) {
                parent.items.add(node);
                parent.weight = saturatedAdd(parent.weight, node.weight());
                return;
            }
            if (parent.expectKey) {
                parent.pendingKey = node instanceof Scalar s ? s.value() : "?complex-key";
                parent.expectKey = false;
                return;
            }
            parent.entries.put(parent.pendingKey, node);
            parent.weight = saturatedAdd(parent.weight, node.weight());
            parent.pendingKey = null;
            parent.expectKey = true;
        }

        /** Applies YAML merge keys ({@code <<: *common}); keys written in the mapping win. */
        private Map<String, YNode> merged(Frame f) {
            YNode merge = f.entries.get("<<");
            if (merge == null) {
                return f.entries;
            }
            Map<String, YNode> out = new LinkedHashMap<>();
            List<YNode> sources = merge instanceof Sequence s ? s.items() : List.of(merge);
            for (YNode src : sources) {
                if (src instanceof Mapping m) {
                    m.entries().forEach(out::putIfAbsent);
                }
            }
            f.entries.forEach((k, v) -> {
                if (!k.equals("<<")) {
                    out.put(k, v);
                }
            });
            return out;
        }

        private void emit(Mapping rule) {
            emitRule(rule, sink);
        }
    }

    /** Hands one rule mapping over as an alert; recording rules are skipped. */
    void emitRule(Mapping rule, Consumer<Alert> sink) {
        // Plain lookups, no Optional chains: this runs once per rule, 100,000 times on a large check.
        YNode nameNode = rule.entries().get("alert");
        if (!(nameNode instanceof Scalar name) || name.value().isBlank()) {
            return; // a recording rule
        }
        Map<String, String> labels = Map.of();
        if (rule.entries().get("labels") instanceof Mapping m && !m.entries().isEmpty()) {
            labels = new LinkedHashMap<>();
            for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
                if (e.getValue() instanceof Scalar s) {
                    labels.put(shared.text(e.getKey()), shared.text(s.value()));
                }
            }
        }
        String[] references = new String[runbookAnnotations.size()];
        if (rule.entries().get("annotations") instanceof Mapping annotations) {
            for (int i = 0; i < references.length; i++) {
                references[i] = annotations.entries().get(runbookAnnotations.get(i)) instanceof Scalar s ? s.value() : null;
            }
        }
        emitAlert(name.value(), name.line(), labels, references, sink);
    }

    /**
     * Hands over the alert named {@code name} (skipped when null or blank) from line {@code line}, with its
     * {@code labels} (texts already {@linkplain #shared shared}; only read, never kept) and the values of its runbook
     * annotations (null where absent), in order: the first non-blank one is the reference, else the first non-blank
     * runbook label. Both readers end here.
     */
    void emitAlert(String name, int line, Map<String, String> labels, String[] references, Consumer<Alert> sink) {
        if (name == null || name.isBlank()) {
            return; // a recording rule, or a rule with a blank name
        }
        String runbookAnnotation = null;
        for (int i = 0; i < references.length && runbookAnnotation == null; i++) {
            runbookAnnotation = references[i] == null || references[i].isBlank() ? null : references[i];
        }
        Map<String, String> shareable = shared.labels(labels);
        String written = runbookAnnotation == null ? runbookLabel(shareable) : runbookAnnotation;
        Optional<String> ref = written == null ? Optional.empty() : shared.optional(written.strip());
        Optional<String> severity = Optional.empty();
        String sev = shareable.get("severity");
        if (sev != null) {
            sev = sev.strip();
            if (!sev.isEmpty()) {
                severity = shared.optional(sev);
            }
        }
        // The line of the alert's name: the "- alert:" line as usually written, also under an anchor.
        sink.accept(new Alert(name.strip(), severity, ref, new SourcePosition(path, line), AlertOrigin.RULE_FILE,
                shareable));
    }

    /** Label texts, label sets and references shared by the files one task reads. */
    SharedAlertParts shared() {
        return shared;
    }

    /** The first non-blank label of {@link #runbookLabels}, or null. */
    private String runbookLabel(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        for (String key : runbookLabels) {
            String value = labels.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** {@code groups[*].rules[*]}, under the root, {@code spec} or {@code items[*].spec}. */
    static boolean isRule(List<String> path) {
        int n = path.size();
        if (n < 4 || !path.get(n - 4).equals("groups") || !path.get(n - 3).equals("*")
                || !path.get(n - 2).equals("rules") || !path.get(n - 1).equals("*")) {
            return false;
        }
        // The prefix compared in place: this runs for every rule, and a subList is an object each time.
        return switch (n - 4) {
            case 0 -> true;
            case 1 -> path.get(0).equals("spec");
            case 3 -> path.get(0).equals("items") && path.get(1).equals("*") && path.get(2).equals("spec");
            default -> false;
        };
    }

    /** As {@link #isRule(List)} on {@code path[0, n)}, for the fast path's key stack. */
    static boolean isRule(String[] path, int n) {
        if (n < 4 || !path[n - 4].equals("groups") || !path[n - 3].equals("*") || !path[n - 2].equals("rules")
                || !path[n - 1].equals("*")) {
            return false;
        }
        return switch (n - 4) {
            case 0 -> true;
            case 1 -> path[0].equals("spec");
            case 3 -> path[0].equals("items") && path[1].equals("*") && path[2].equals("spec");
            default -> false;
        };
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
