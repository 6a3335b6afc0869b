package org.runbookgovernance.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.JsonStyle;
import org.runbookgovernance.rules.governance.BaselineFixed;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * The findings a team has accepted for now: a check counts them instead of listing them, so only new
 * findings fail the build, and says which accepted ones no longer occur so the file can shrink. Two
 * findings with one {@link Fingerprint} (two links to the same missing page in one file) are counted.
 */
public final class Baseline {

    /** Where a baseline lives when no {@code --baseline} names it: in the checked folder. */
    public static final String FILE_NAME = ".runbook-governance-baseline.json";

    /** Larger than the baseline of 50,000 findings with long URLs; a larger file is not a baseline. */
    static final long MAX_BYTES = 64L << 20;

    public static final Baseline EMPTY = new Baseline(Map.of());

    private final Map<Fingerprint, Integer> accepted;

    private Baseline(Map<Fingerprint, Integer> accepted) {
        Map<Fingerprint, Integer> sorted = new TreeMap<>(Fingerprint.ORDER);
        sorted.putAll(accepted);
        this.accepted = Collections.unmodifiableMap(sorted);
    }

    /** Every finding of {@code findings} accepted. */
    public static Baseline of(List<Finding> findings) {
        Map<Fingerprint, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(Fingerprint.of(f), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** How many findings it accepts. */
    public long size() {
        return accepted.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Each fingerprint with how many findings carry it, in path, rule and key order. */
    public Map<Fingerprint, Integer> entries() {
        return accepted;
    }

    /**
     * {@code report} without the findings this baseline accepts, which it counts in {@link Report#baselined()},
     * and with one {@code governance/baseline-fixed} finding per accepted finding that no longer occurs.
     *
     * @param judged whether this run ran the rule with this id: a {@code freshness} run does not say that
     *               an accepted {@code alerts/*} finding was fixed
     * @param config where the fixed finding's level comes from, or that it is switched off
     */
    public Report apply(Report report, Predicate<String> judged, Config config) {
        if (accepted.isEmpty()) {
            return report;
        }
        Comparison compared = compare(report.findings());
        List<Finding> shown = new ArrayList<>(compared.unmatched());
        RuleSettings fixed = config.rule(BaselineFixed.ID);
        if (fixed.enabled()) {
            Level level = fixed.level().orElse(BaselineFixed.LEVEL);
            compared.gone().forEach((fp, gone) -> {
                if (judged.test(fp.rule())) {
                    shown.add(new Finding(BaselineFixed.ID, level, SourcePosition.file(fp.path()), Optional.empty(),
                            BaselineFixed.message(fp.rule(), fp.key(), gone)));
                }
            });
        }
        return report.withBaseline(shown, compared.matched());
    }

    /**
     * What {@code findings} has that this baseline does not, and the reverse: each finding is matched to one
     * accepted finding with its fingerprint, as many times as the baseline counts it.
     *
     * @param unmatched the findings of {@code findings} left over, in their order
     * @param matched   how many findings were matched
     * @param gone      per fingerprint, how many accepted findings no finding matched, in fingerprint order
     */
    public record Comparison(List<Finding> unmatched, long matched, Map<Fingerprint, Integer> gone) {
        public Comparison {
            unmatched = List.copyOf(unmatched);
            Map<Fingerprint, Integer> sorted = new TreeMap<>(Fingerprint.ORDER);
            sorted.putAll(gone);
            gone = Collections.unmodifiableMap(sorted);
        }
    }

    /** Matches {@code findings} against the accepted findings by fingerprint (see {@link Comparison}). */
    public Comparison compare(List<Finding> findings) {
        Map<Fingerprint, Integer> left = new HashMap<>(accepted);
        List<Finding> unmatched = new ArrayList<>();
        long matched = 0;
        for (Finding f : findings) {
            Fingerprint fp = Fingerprint.of(f);
            Integer n = left.get(fp);
            if (n != null && n > 0) {
                left.put(fp, n - 1);
                matched++;
            } else {
                unmatched.add(f);
            }
        }
        Map<Fingerprint, Integer> gone = new TreeMap<>(Fingerprint.ORDER);
        left.forEach((fp, n) -> {
            if (n > 0) {
                gone.put(fp, n);
            }
        });
        return new Comparison(unmatched, matched, gone);
    }

    /** Reads {@code file}; a file that is not there is an empty baseline, one that is not a baseline is bad input. */
    public static Baseline read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(SourcePosition.file(name), "the baseline is larger than "
                        + (MAX_BYTES >> 20) + " MiB; write it again with `runbook-governance baseline`");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(name), "cannot read the baseline: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notABaseline(name, "it is not UTF-8");
        }
        Object root = SafeYaml.load(text, name, 1, YamlLimits.LARGE);
        if (!(root instanceof Map<?, ?> top) || !(top.get("findings") instanceof List<?> list)) {
            throw notABaseline(name, "expected an object with a `findings` list");
        }
        Map<Fingerprint, Integer> counts = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry) || !(entry.get("rule") instanceof String rule)
                    || !(entry.get("path") instanceof String path)) {
                throw notABaseline(name, "entry " + (i + 1) + " of `findings` has no `rule` and `path` strings");
            }
            Object key = entry.get("key");
            Object count = entry.get("count");
            int n = count == null ? 1 : count instanceof Integer c && c > 0 ? c : -1;
            if (n < 0 || key != null && !(key instanceof String)) {
                throw notABaseline(name, "entry " + (i + 1) + " of `findings` has a `key` that is not a string "
                        + "or a `count` that is not a positive whole number");
            }
            counts.merge(new Fingerprint(rule, path, key == null ? "" : (String) key), n, Integer::sum);
        }
        return new Baseline(counts);
    }

    private static BadInputException notABaseline(String file, String why) {
        return new BadInputException(SourcePosition.file(file), "not a runbook-governance baseline: " + why
                + "; write it again with `runbook-governance baseline`");
    }

    /** Writes this baseline to {@code file} atomically; it holds no date, so an unchanged baseline is the same file. */
    public void write(Path file) throws IOException {
        Replacement.write(file, this::writeTo);
    }

    void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeStringField("tool", Report.TOOL);
            json.writeNumberField("schema", 1);
            json.writeArrayFieldStart("findings");
            for (Map.Entry<Fingerprint, Integer> e : accepted.entrySet()) {
                Fingerprint fp = e.getKey();
                json.writeStartObject();
                json.writeStringField("rule", fp.rule());
                json.writeStringField("path", fp.path());
                if (!fp.key().isEmpty()) {
                    json.writeStringField("key", fp.key());
                }
                if (e.getValue() > 1) {
                    json.writeNumberField("count", e.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
