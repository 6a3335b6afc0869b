package org.runbookgovernance.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * SARIF 2.1.0 for warnings-ng ({@code recordIssues(tools: [sarif(pattern: ...)])}) and code scanning.
 * One run; the driver lists every rule that found something or is known from the rule summaries; each
 * result points at its file relative to {@code %SRCROOT%}, with a line when it has one.
 */
final class SarifRenderer extends JsonDocumentRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "runbookGovernance/v1";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final RenderOptions options;

    SarifRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    void write(Report report, JsonGenerator json) throws IOException {
        Map<String, Level> rules = rules(report);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (String id : rules.keySet()) {
            ruleIndex.put(id, ruleIndex.size());
        }
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        driver(report, rules, json);
        baseIds(report.root(), json);
        invocation(report, json);
        json.writeArrayFieldStart("results");
        Results results = new Results(ruleIndex);
        for (Finding finding : report.findings()) {
            results.write(finding, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
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

    private void driver(Report report, Map<String, Level> rules, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", Report.TOOL);
        json.writeStringField("version", report.version());
        if (options.docsAreAbsolute()) {
            json.writeStringField("informationUri", options.docsBaseUrl());
        }
        json.writeArrayFieldStart("rules");
        for (Map.Entry<String, Level> rule : rules.entrySet()) {
            rule(rule.getKey(), rule.getValue(), json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void rule(String id, Level level, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", pascalCase(id));
        text("shortDescription", options.ruleSummaries().getOrDefault(id, id), json);
        Optional<String> docs = options.docsLink(id);
        if (docs.isPresent() && options.docsAreAbsolute()) {
            json.writeStringField("helpUri", options.docsBaseUrl() + UriPath.encode(id) + ".md");
        } else if (docs.isPresent()) {
            // helpUri must be absolute; a repository-relative page still helps a reader
            text("help", "See " + docs.get(), json);
        }
        if (level != null) {
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", sarifLevel(level));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A SARIF message object: {@code "name": {"text": text}}. */
    private static void text(String name, String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** The repository root as a file URI when the report names it absolutely; otherwise only described. */
    private static void baseIds(String root, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SRCROOT);
        Optional<String> uri = rootUri(root);
        if (uri.isPresent()) {
            json.writeStringField("uri", uri.get());
        }
        text("description", "The root of the runbook repository.", json);
        json.writeEndObject();
        json.writeEndObject();
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

    private static void invocation(Report report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (!report.notes().isEmpty()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (String note : report.notes()) {
                json.writeStartObject();
                json.writeStringField("level", "note");
                text("message", note, json);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    /**
     * Writes results: rule indexes, the last path's URI (paths repeat in a row), and a reused SHA-256 fed
     * from reused arrays, so that results allocate next to nothing.
     */
    private static final class Results {
        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private final Map<String, Integer> ruleIndex;
        private final MessageDigest sha256 = sha256();
        private final byte[] hash = new byte[sha256.getDigestLength()];
        private final char[] hex = new char[hash.length * 2];
        private char[] chars = new char[256];
        private byte[] utf8 = new byte[256];
        private String lastPath;
        private String lastUri;

        Results(Map<String, Integer> ruleIndex) {
            this.ruleIndex = ruleIndex;
        }

        void write(Finding finding, JsonGenerator json) throws IOException {
            String path = finding.position().path();
            if (!path.equals(lastPath)) {
                lastUri = UriPath.encode(path);
                lastPath = path;
            }
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
            json.writeStringField("level", sarifLevel(finding.level()));
            text("message", finding.message(), json);
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", lastUri);
            json.writeStringField("uriBaseId", SRCROOT);
            json.writeEndObject();
            if (finding.position().line() > 0) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", finding.position().line());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT, fingerprint(finding));
            json.writeEndObject();
            json.writeEndObject();
        }

        /** As {@link SarifRenderer#fingerprint(Finding)}: the UTF-8 of the three fields and NULs, in pieces. */
        private String fingerprint(Finding finding) {
            update(finding.ruleId());
            sha256.update((byte) 0);
            update(finding.position().path());
            sha256.update((byte) 0);
            update(finding.message());
            try {
                sha256.digest(hash, 0, hash.length);
            } catch (DigestException e) {
                throw new IllegalStateException("the hash array is the digest's length", e);
            }
            for (int i = 0; i < hash.length; i++) {
                hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[hash[i] & 0xf];
            }
            return new String(hex);
        }

        /**
         * The text's UTF-8, as {@code getBytes(UTF_8)} gives it: ASCII through reused arrays, anything else
         * by the JDK. Fields are NUL-separated, so a surrogate pair can never straddle two of them.
         */
        private void update(String text) {
            int count = text.length();
            if (chars.length < count) {
                chars = new char[Math.max(count, chars.length * 2)];
                utf8 = new byte[chars.length];
            }
            text.getChars(0, count, chars, 0);
            for (int i = 0; i < count; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    sha256.update(text.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                utf8[i] = (byte) c;
            }
            sha256.update(utf8, 0, count);
        }
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
        return HexFormat.of().formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
