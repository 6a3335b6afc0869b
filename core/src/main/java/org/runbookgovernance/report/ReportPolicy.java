package org.runbookgovernance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.render.ReportFormat;

/**
 * What a face makes of a finished report, the same in the CLI and the pipeline steps: the findings shown
 * ({@code min_severity}), and the levels that fail the run ({@code fail_on}) or make it unstable
 * ({@code unstable_on}). Each setting is the one the face was given, else the config's {@code report:} section,
 * else the default; a setting is read only when asked for, so a face never trips over a key it does not use.
 */
public record ReportPolicy(Threshold failOn, Threshold unstableOn, Level minimum) {

    /** The config section that holds the defaults. */
    public static final String SECTION = "report";

    public static final String FAIL_ON = "fail_on";
    public static final String UNSTABLE_ON = "unstable_on";
    public static final String MIN_SEVERITY = "min_severity";
    public static final String FORMATS = "formats";
    public static final String DIR = "dir";
    public static final String DOCS_URL = "docs_url";

    public static final String THRESHOLDS = "error, warning, info or never";
    public static final String LEVELS = "error, warning or info";

    /** Fails at an error, unstable at a warning, shows everything. */
    public static final ReportPolicy DEFAULT = new ReportPolicy(Threshold.ERROR, Threshold.WARNING, Level.INFO);

    /** The findings a reader sees: those at or above {@link #minimum}. */
    public Report shown(Report report) {
        return report.withMinimum(minimum);
    }

    /** True when a finding of {@code judged} reaches {@link #failOn}. */
    public boolean fails(Report judged) {
        return failOn.trippedBy(judged);
    }

    /** True when the run does not fail but a finding of {@code judged} reaches {@link #unstableOn}. */
    public boolean unstable(Report judged) {
        return !fails(judged) && unstableOn.trippedBy(judged);
    }

    /** {@code given}, else the config's {@code fail_on}, else error. */
    public static Threshold failOn(String given, Config config) {
        return threshold(FAIL_ON, setting(given, config, FAIL_ON), DEFAULT.failOn);
    }

    /** {@code given}, else the config's {@code unstable_on}, else warning. */
    public static Threshold unstableOn(String given, Config config) {
        return threshold(UNSTABLE_ON, setting(given, config, UNSTABLE_ON), DEFAULT.unstableOn);
    }

    /** {@code given}, else the config's {@code min_severity}, else info: every finding shown. */
    public static Level minimum(String given, Config config) {
        Optional<String> text = setting(given, config, MIN_SEVERITY);
        return text.map(t -> Level.parse(t).orElseThrow(() -> new InvalidSetting(MIN_SEVERITY, t, LEVELS)))
                .orElse(DEFAULT.minimum);
    }

    /** {@code given} (comma- or newline-separated), else the config's {@code formats} (a list too); none by default. */
    public static List<ReportFormat> formats(String given, Config config, ReportFormat.Output output) {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : list(setting(given, config, FORMATS).orElse(""))) {
            formats.add(ReportFormat.parse(name, output)
                    .orElseThrow(() -> new InvalidSetting(FORMATS, name, output.names())));
        }
        return formats;
    }

    /** {@code given}, else the config's {@code dir}: the folder report files go to. */
    public static Optional<String> dir(String given, Config config) {
        return setting(given, config, DIR);
    }

    /** The config's {@code docs_url}: where rule pages live, for links in the report. */
    public static Optional<String> docsUrl(Config config) {
        return setting(null, config, DOCS_URL);
    }

    /** The value given, stripped, else the config's (a YAML list joined with commas); empty when blank in both. */
    static Optional<String> setting(String given, Config config, String key) {
        if (given != null && !given.isBlank()) {
            return Optional.of(given.strip());
        }
        Map<String, Object> section = config == null ? Map.of() : config.section(SECTION);
        Object value = section.get(key);
        if (value instanceof List<?> items) {
            value = String.join(",", items.stream().map(String::valueOf).toList());
        }
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    private static Threshold threshold(String key, Optional<String> text, Threshold fallback) {
        return text.map(t -> Threshold.parse(t).orElseThrow(() -> new InvalidSetting(key, t, THRESHOLDS)))
                .orElse(fallback);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** A value its setting does not take; each face words the message with its own name for the setting. */
    public static final class InvalidSetting extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final String value;
        private final String expected;

        InvalidSetting(String key, String value, String expected) {
            super("report." + key + ": `" + value + "` is not valid; expected " + expected);
            this.key = key;
            this.value = value;
            this.expected = expected;
        }

        /** The config key: {@code fail_on}, {@code unstable_on}, {@code min_severity} or {@code formats}. */
        public String key() {
            return key;
        }

        public String value() {
            return value;
        }

        /** What the setting takes, for a message: {@code error, warning, info or never}. */
        public String expected() {
            return expected;
        }
    }
}
