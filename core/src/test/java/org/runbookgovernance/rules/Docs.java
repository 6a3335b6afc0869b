package org.runbookgovernance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.Mojibake;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.RunbookGap;
import org.runbookgovernance.model.Suppression;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test fixtures for rules: builds {@link Document}s line by line and {@link Inventory}s around them, and runs
 * a rule the way the engine does (level from the config, findings in report order).
 *
 * <p>Every element a {@link Doc} adds takes the next line, starting at 1; {@link Doc#at(int)} jumps ahead.
 * Front matter entries are numbered like any other line, so a test reads its expected lines off the builder
 * calls.
 */
public final class Docs {

    /** The day every rule test runs on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Docs() {
    }

    public static Doc runbook(String path) {
        return new Doc(path, DocumentKind.RUNBOOK);
    }

    public static Doc doc(String path, DocumentKind kind) {
        return new Doc(path, kind);
    }

    public static Inventory inventory(Document... docs) {
        return inventory(Config.DEFAULT, docs);
    }

    public static Inventory inventory(Config config, Document... docs) {
        return new Inventory(config, TODAY, Arrays.asList(docs), List.of(), GitFacts.NONE, List.of());
    }

    /** An inventory holding only the problems the readers met, as the engine hands them to the rules. */
    public static Inventory problems(Config config, Problem... problems) {
        return new Inventory(config, TODAY, List.of(), List.of(), GitFacts.NONE, Arrays.asList(problems));
    }

    /** The default config with one rule's settings replaced. */
    public static Config config(String ruleId, RuleSettings settings) {
        return new Config("test", Config.DEFAULT.documents(), Config.DEFAULT.review(), Map.of(ruleId, settings),
                List.of(), Map.of());
    }

    /** Settings carrying options only: enabled, default level. */
    public static RuleSettings options(Map<String, Object> options) {
        return new RuleSettings(true, Optional.empty(), options);
    }

    public static RuleSettings level(Level level) {
        return new RuleSettings(true, Optional.of(level), Map.of());
    }

    /** Runs a rule as the engine does: the configured level, else the rule's default. */
    public static List<Finding> run(Rule rule, Inventory inventory) {
        RuleSettings settings = inventory.config().rule(rule.id());
        Findings findings = new Findings(rule.id(), settings.level().orElse(rule.defaultLevel()));
        rule.check(inventory, findings);
        return findings.list().stream().sorted(Finding.ORDER).toList();
    }

    /** {@code path:line message} per finding, for readable assertions. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.position() + " " + f.message()).toList();
    }

    /**
     * Asserts the findings, in report order, one per expectation {@code "<line> <message fragment>"} or
     * {@code "<path>:<line> <message fragment>"}.
     */
    public static void assertFindings(List<Finding> found, List<String> expected) {
        assertThat(lines(found)).as("findings").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            int space = want.indexOf(' ');
            String where = space < 0 ? want : want.substring(0, space);
            String fragment = space < 0 ? "" : want.substring(space + 1);
            Finding f = found.get(i);
            String position = where.contains(":") ? f.position().toString() : String.valueOf(f.position().line());
            assertThat(position).as("position of finding %d: %s", i, f.message()).isEqualTo(where);
            assertThat(f.message()).as("message of finding %d", i).contains(fragment);
        }
    }

    /** The H2 headings every rule page has, in this order. */
    public static final List<String> DOCS_HEADINGS = List.of("## What it checks", "## Why", "## Configuration",
            "## How to fix", "## How to suppress");

    /**
     * Asserts the rule's docs page exists with the title, the default level and the fixed headings. Looks for
     * {@code docs/rules} from the working directory upwards (Maven runs tests in the module folder).
     */
    public static void assertDocumented(Rule rule) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (dir != null && !java.nio.file.Files.isDirectory(dir.resolve("docs/rules"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a docs/rules folder above the working directory").isNotNull();
        java.nio.file.Path page = dir.resolve(rule.docsPath());
        assertThat(page).as("docs page of %s", rule.id()).exists();
        List<String> lines = java.nio.file.Files.readAllLines(page);
        assertThat(lines.get(0)).isEqualTo("# " + rule.id());
        assertThat(lines).contains("Default level: " + rule.defaultLevel().label());
        assertThat(lines.stream().filter(l -> l.startsWith("## ")).toList()).isEqualTo(DOCS_HEADINGS);
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
    public static String slug(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }

    /** A document under construction; each call takes the next line. */
    public static final class Doc {

        private final String path;
        private final DocumentKind kind;
        private Optional<String> title = Optional.empty();
        private int titleLine;
        private final List<MetadataEntry> metadata = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Mojibake> mojibake = new ArrayList<>();
        private final List<RunbookGap> gaps = new ArrayList<>();
        private final Map<String, Integer> slugs = new HashMap<>();
        private int line = 1;

        private Doc(String path, DocumentKind kind) {
            this.path = path;
            this.kind = kind;
        }

        /** The next element goes on this line. */
        public Doc at(int newLine) {
            line = newLine;
            return this;
        }

        /** A YAML front matter entry {@code key: value}; {@code key} is normalised as the parser does. */
        public Doc meta(String key, String value) {
            return entry(key, value, "", MetadataSource.FRONT_MATTER);
        }

        /** A YAML sequence in front matter. */
        public Doc metaList(String key, String... items) {
            metadata.add(new MetadataEntry(MetadataKeys.normalise(key), key, String.join(", ", items), "",
                    List.of(items), MetadataSource.FRONT_MATTER, line++));
            return this;
        }

        /** A bold label line {@code **Label:** value}. */
        public Doc label(String label, String value) {
            return entry(label, value, "", MetadataSource.LABEL_LINE);
        }

        /** A bold label line with a trailing parenthesised note, {@code **Next Review:** 2026-12-01 (monthly)}. */
        public Doc label(String label, String value, String note) {
            return entry(label, value, note, MetadataSource.LABEL_LINE);
        }

        private Doc entry(String label, String value, String note, MetadataSource source) {
            List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            metadata.add(new MetadataEntry(MetadataKeys.normalise(label), label, value, note, items, source,
                    line++));
            return this;
        }

        public Doc h1(String text) {
            title = Optional.of(text);
            titleLine = line;
            return heading(1, text);
        }

        public Doc h2(String text) {
            return heading(2, text);
        }

        public Doc heading(int level, String text) {
            String base = slug(text);
            int seen = slugs.merge(base, 1, Integer::sum) - 1;
            headings.add(new Heading(level, text, seen == 0 ? base : base + "-" + seen, line++));
            return this;
        }

        public Doc link(String target) {
            links.add(new Link(target, "link", line++));
            return this;
        }

        public Doc mojibake(String sample, String repaired) {
            mojibake.add(new Mojibake(line++, sample, repaired));
            return this;
        }

        /** A waiver comment for {@code rule} ending on {@code until} (null: never), on this line. */
        public Doc waiver(String rule, LocalDate until, String reason) {
            suppressions.add(new Suppression(rule, Optional.ofNullable(until), reason,
                    new org.runbookgovernance.model.SourcePosition(path, line++)));
            return this;
        }

        /** A line of prose: only moves the line counter. */
        public Doc text() {
            line++;
            return this;
        }

        public Document build() {
            return new Document(path, kind, title, titleLine, metadata, headings, links, suppressions, mojibake,
                    gaps, Math.max(1, line - 1));
        }
    }
}
