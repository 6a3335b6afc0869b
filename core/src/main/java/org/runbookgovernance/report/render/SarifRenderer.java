package org.runbookgovernance.report.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.report.Level;
import org.runbookgovernance.report.Report;

/**
 * SARIF 2.1.0 for warnings-ng ({@code recordIssues(tools: [sarif(pattern: ...)])}) and code scanning.
 * One run; the driver lists every rule that found something or is known from the rule summaries; each
 * result points at its file relative to {@code %SRCROOT%}, with a line when it has one.
 */
final class SarifRenderer implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "runbookGovernance/v1";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final RenderOptions options;

    SarifRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(Report report) {
        Map<String, Level> rules = rules(report);
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        JsonWriter json = new JsonWriter();
        json.beginObject();
        json.name("$schema").value(SCHEMA);
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        driver(report, rules, json);
        baseIds(report.root(), json);
        invocation(report, json);
        json.name("results").beginArray();
        for (Finding finding : report.findings()) {
            result(finding, ruleIds.indexOf(finding.ruleId()), json);
        }
        json.endArray();
        json.endObject().endArray();
        json.endObject();
        return json + "\n";
    }

    /** Rule id to the most serious level it was reported at (absent when it found nothing), sorted by id. */
    private Map<String, Level> rules(Report report) {
        Map<String, Level> rules = new TreeMap<>();
        options.ruleSummaries().keySet().forEach(id -> rules.put(id, null));
        for (Finding f : report.findings()) {
            Level known = rules.get(f.ruleId());
            rules.put(f.ruleId(), known == null || f.level().atLeast(known) ? f.level() : known);
        }
        return rules;
    }

    private void driver(Report report, Map<String, Level> rules, JsonWriter json) {
        json.name("tool").beginObject().name("driver").beginObject();
        json.name("name").value(Report.TOOL);
        json.name("version").value(report.version());
        if (options.docsAreAbsolute()) {
            json.name("informationUri").value(options.docsBaseUrl());
        }
        json.name("rules").beginArray();
        rules.forEach((id, level) -> rule(id, level, json));
        json.endArray();
        json.endObject().endObject();
    }

    private void rule(String id, Level level, JsonWriter json) {
        json.beginObject();
        json.name("id").value(id);
        json.name("name").value(pascalCase(id));
        json.name("shortDescription").beginObject()
                .name("text").value(options.ruleSummaries().getOrDefault(id, id))
                .endObject();
        Optional<String> docs = options.docsLink(id);
        if (docs.isPresent() && options.docsAreAbsolute()) {
            json.name("helpUri").value(options.docsBaseUrl() + UriPath.encode(id) + ".md");
        } else if (docs.isPresent()) {
            // helpUri must be absolute; a repository-relative page still helps a reader
            json.name("help").beginObject().name("text").value("See " + docs.get()).endObject();
        }
        if (level != null) {
            json.name("defaultConfiguration").beginObject().name("level").value(sarifLevel(level)).endObject();
        }
        json.endObject();
    }

    /** The repository root as a file URI when the report names it absolutely; otherwise only described. */
    private static void baseIds(String root, JsonWriter json) {
        json.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject();
        rootUri(root).ifPresent(uri -> json.name("uri").value(uri));
        json.name("description").beginObject().name("text").value("The root of the runbook repository.").endObject();
        json.endObject().endObject();
    }

    static Optional<String> rootUri(String root) {
        if (root == null || root.isBlank()) {
            return Optional.empty();
        }
        String slashed = root.strip().replace('\\', '/');
        String uri;
        if (slashed.startsWith("/")) {
            uri = "file://" + UriPath.encode(slashed);
        } else if (WINDOWS_DRIVE.matcher(root.strip()).matches()) {
            uri = "file:///" + slashed.substring(0, 2) + UriPath.encode(slashed.substring(2));
        } else {
            return Optional.empty();
        }
        return Optional.of(uri.endsWith("/") ? uri : uri + "/"); // SARIF requires a base URI to end with '/'
    }

    private static void invocation(Report report, JsonWriter json) {
        json.name("invocations").beginArray().beginObject();
        json.name("executionSuccessful").value(true);
        if (!report.notes().isEmpty()) {
            json.name("toolExecutionNotifications").beginArray();
            for (String note : report.notes()) {
                json.beginObject().name("level").value("note")
                        .name("message").beginObject().name("text").value(note).endObject()
                        .endObject();
            }
            json.endArray();
        }
        json.endObject().endArray();
    }

    private static void result(Finding finding, int ruleIndex, JsonWriter json) {
        json.beginObject();
        json.name("ruleId").value(finding.ruleId());
        json.name("ruleIndex").value(ruleIndex);
        json.name("level").value(sarifLevel(finding.level()));
        json.name("message").beginObject().name("text").value(finding.message()).endObject();
        json.name("locations").beginArray().beginObject();
        json.name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject()
                .name("uri").value(UriPath.encode(finding.position().path()))
                .name("uriBaseId").value(SRCROOT)
                .endObject();
        if (finding.position().line() > 0) {
            json.name("region").beginObject().name("startLine").value(finding.position().line()).endObject();
        }
        json.endObject();
        json.endObject().endArray();
        json.name("partialFingerprints").beginObject()
                .name(FINGERPRINT).value(fingerprint(finding))
                .endObject();
        json.endObject();
    }

    static String sarifLevel(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Stable across runs and line moves: rule, path and message, NUL-separated so fields cannot run together. */
    static String fingerprint(Finding finding) {
        String key = finding.ruleId() + '\0' + finding.position().path() + '\0' + finding.message();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@code freshness/due-soon} becomes {@code FreshnessDueSoon}, the form SARIF suggests for rule names. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.isEmpty() ? "Rule" : name.toString();
    }
}
