package org.runbookgovernance.rules.freshness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.RuleSettings;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.RunbookGap;
import org.runbookgovernance.model.RunbookId;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.rules.Rule;

/** A tiny in-memory repository for rule tests: documents written as label lines, an inventory on a fixed day. */
final class TestRepo {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final Pattern NOTE = Pattern.compile("(.*?)\\s*\\(([^)]*)\\)\\s*");

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, RuleSettings> rules = new HashMap<>();
    private ReviewPolicy policy = ReviewPolicy.DEFAULT;
    private LocalDate today = TODAY;

    static TestRepo repo() {
        return new TestRepo();
    }

    TestRepo today(LocalDate day) {
        this.today = day;
        return this;
    }

    TestRepo policy(ReviewPolicy p) {
        this.policy = p;
        return this;
    }

    TestRepo option(String ruleId, String name, Object value) {
        Map<String, Object> opts = new HashMap<>(rules.getOrDefault(ruleId, RuleSettings.DEFAULT).options());
        opts.put(name, value);
        rules.put(ruleId, new RuleSettings(true, Optional.empty(), opts));
        return this;
    }

    TestRepo add(Doc doc) {
        documents.add(doc.build());
        return this;
    }

    Inventory inventory() {
        Config config = new Config("test", DocumentGlobs.DEFAULT, policy, rules, List.of(), Map.of());
        return new Inventory(config, today, documents, List.of(), GitFacts.NONE, List.of());
    }

    List<Finding> check(Rule rule) {
        Findings f = new Findings(rule.id(), rule.defaultLevel());
        rule.check(inventory(), f);
        return f.list();
    }

    /** A runbook at {@code incidents/<id>.md} with its H1 on line 1. */
    static Doc runbook(String id) {
        return new Doc("incidents/" + id + ".md", DocumentKind.RUNBOOK).title("# " + id + ": Test runbook");
    }

    static Doc doc(String path, DocumentKind kind) {
        return new Doc(path, kind);
    }

    /** A document under construction; each label line takes the next line number, like a runbook header. */
    static final class Doc {
        private final String path;
        private final DocumentKind kind;
        private Optional<String> title = Optional.empty();
        private int titleLine;
        private int nextLine = 1;
        private final List<MetadataEntry> metadata = new ArrayList<>();
        private final List<RunbookGap> gaps = new ArrayList<>();

        Doc(String path, DocumentKind kind) {
            this.path = path;
            this.kind = kind;
        }

        Doc title(String h1) {
            this.title = Optional.of(h1.replaceFirst("^#\\s*", ""));
            this.titleLine = nextLine++;
            nextLine++; // the blank line after the H1
            return this;
        }

        /** {@code label("Next Review", "2026-12-02 (monthly review)")}: the note goes where the parser puts it. */
        Doc label(String label, String written) {
            Matcher m = NOTE.matcher(written);
            String value = written;
            String note = "";
            if (m.matches()) {
                value = m.group(1);
                note = m.group(2);
            }
            metadata.add(new MetadataEntry(MetadataKeys.normalise(label), label, value, note,
                    List.of(value), MetadataSource.LABEL_LINE, nextLine++));
            return this;
        }

        Doc gap(String runbookId, LocalDate incidentDate, int line) {
            gaps.add(new RunbookGap(RunbookId.of(runbookId), "gap", Optional.ofNullable(incidentDate),
                    new SourcePosition(path, line)));
            return this;
        }

        int lineOf(String label) {
            return metadata.stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow().line();
        }

        Document build() {
            return new Document(path, kind, title, titleLine, metadata, List.of(), List.of(), List.of(), List.of(),
                    gaps, nextLine);
        }
    }
}
