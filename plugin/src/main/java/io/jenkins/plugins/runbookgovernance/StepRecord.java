package io.jenkins.plugins.runbookgovernance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runbookgovernance.report.render.JsonStyle;

/**
 * The rows of one step call (runbooks, first findings, review plan, index), kept as a JSON file in the
 * build's folder so that build.xml holds only counts; the build page reads it back when it is shown.
 */
record StepRecord(List<RunbookRow> runbooks, List<FindingRow> findings, List<ReviewItem> reviewPlan,
                  List<IndexSection> index) {

    static final int VERSION = 1;

    /** Jackson, which Jenkins ships as the jackson2-api plugin, reads the file back. */
    private static final ObjectMapper READER = new ObjectMapper();

    static final StepRecord EMPTY = new StepRecord(List.of(), List.of(), List.of(), List.of());

    StepRecord {
        runbooks = List.copyOf(runbooks);
        findings = List.copyOf(findings);
        reviewPlan = List.copyOf(reviewPlan);
        index = List.copyOf(index);
    }

    static StepRecord of(GovernanceOutcome outcome) {
        return new StepRecord(outcome.runbooks(), outcome.findings(), outcome.reviewPlan(), outcome.index());
    }

    void write(OutputStream stream) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(stream)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("runbooks");
            for (RunbookRow r : runbooks) {
                json.writeStartObject();
                json.writeStringField("id", r.getId());
                json.writeStringField("title", r.getTitle());
                json.writeStringField("path", r.getPath());
                json.writeStringField("owner", r.getOwner());
                json.writeStringField("severity", r.getSeverity());
                json.writeStringField("reviewState", r.getReviewState());
                json.writeStringField("nextReview", r.getNextReview());
                json.writeNumberField("errors", r.getErrors());
                json.writeNumberField("warnings", r.getWarnings());
                json.writeNumberField("infos", r.getInfos());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (FindingRow f : findings) {
                json.writeStartObject();
                json.writeStringField("rule", f.getRule());
                json.writeStringField("level", f.getLevel());
                json.writeStringField("path", f.getPath());
                json.writeNumberField("line", f.getLine());
                json.writeStringField("runbook", f.getRunbook());
                json.writeStringField("message", f.getMessage());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reviewPlan");
            for (ReviewItem i : reviewPlan) {
                json.writeStartObject();
                json.writeStringField("id", i.getId());
                json.writeStringField("title", i.getTitle());
                json.writeStringField("path", i.getPath());
                json.writeStringField("owner", i.getOwner());
                json.writeStringField("due", i.getDue());
                json.writeNumberField("daysLeft", i.getDaysLeft());
                json.writeStringField("state", i.getState());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("index");
            for (IndexSection s : index) {
                json.writeStartObject();
                json.writeStringField("title", s.getTitle());
                json.writeArrayFieldStart("entries");
                for (IndexEntry e : s.getEntries()) {
                    json.writeStartObject();
                    json.writeStringField("id", e.getId());
                    json.writeStringField("title", e.getTitle());
                    json.writeStringField("path", e.getPath());
                    json.writeStringField("severity", e.getSeverity());
                    json.writeStringField("owner", e.getOwner());
                    json.writeStringField("nextReview", e.getNextReview());
                    json.writeStringField("reviewState", e.getReviewState());
                    json.writeStringField("alerts", e.getAlerts());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Writes the record as {@code file}, through a temporary file beside it, so a reader never sees half of it. */
    void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                write(out);
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    static StepRecord read(Path file) throws IOException {
        Object parsed;
        try {
            parsed = READER.readValue(file.toFile(), Object.class);
        } catch (JacksonException e) {
            throw new IOException("not the JSON this plugin writes: " + e.getOriginalMessage(), e);
        }
        Map<?, ?> root = map(parsed, "the record");
        List<RunbookRow> runbooks = new ArrayList<>();
        for (Object o : list(root, "runbooks")) {
            Map<?, ?> r = map(o, "a runbook");
            runbooks.add(new RunbookRow(text(r, "id"), text(r, "title"), text(r, "path"), text(r, "owner"),
                    text(r, "severity"), text(r, "reviewState"), text(r, "nextReview"), (int) number(r, "errors"),
                    (int) number(r, "warnings"), (int) number(r, "infos")));
        }
        List<FindingRow> findings = new ArrayList<>();
        for (Object o : list(root, "findings")) {
            Map<?, ?> f = map(o, "a finding");
            findings.add(new FindingRow(text(f, "rule"), text(f, "level"), text(f, "path"), (int) number(f, "line"),
                    text(f, "runbook"), text(f, "message")));
        }
        List<ReviewItem> plan = new ArrayList<>();
        for (Object o : list(root, "reviewPlan")) {
            Map<?, ?> i = map(o, "a review item");
            plan.add(new ReviewItem(text(i, "id"), text(i, "title"), text(i, "path"), text(i, "owner"), text(i, "due"),
                    number(i, "daysLeft"), text(i, "state")));
        }
        List<IndexSection> index = new ArrayList<>();
        for (Object o : list(root, "index")) {
            Map<?, ?> s = map(o, "an index section");
            List<IndexEntry> entries = new ArrayList<>();
            for (Object e : list(s, "entries")) {
                Map<?, ?> m = map(e, "an index entry");
                entries.add(new IndexEntry(text(m, "id"), text(m, "title"), text(m, "path"), text(m, "severity"),
                        text(m, "owner"), text(m, "nextReview"), text(m, "reviewState"), text(m, "alerts")));
            }
            index.add(new IndexSection(text(s, "title"), entries));
        }
        return new StepRecord(runbooks, findings, plan, index);
    }

    private static Map<?, ?> map(Object value, String what) throws IOException {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IOException("expected " + what + " as a JSON object");
    }

    private static List<?> list(Map<?, ?> map, String key) throws IOException {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IOException("expected `" + key + "` as a JSON array");
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    private static long number(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number n ? n.longValue() : 0L;
    }
}
