package org.runbookgovernance.report.render;

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
import org.runbookgovernance.report.render.JsonWriter.Name;

/**
 * SARIF 2.1.0 for warnings-ng ({@code recordIssues(tools: [sarif(pattern: ...)])}) and code scanning.
 * One run; the driver lists every rule that found something or is known from the rule summaries; each
 * result points at its file relative to {@code %SRCROOT%}, with a line when it has one. Streamed like the
 * JSON report, with a long results array rendered in slices on every core (see {@link ArraySlices}).
 */
final class SarifRenderer extends JsonDocumentRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "runbookGovernance/v1";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    // Names written once per result: quoted once here instead.
    private static final Name RULE_ID = Name.of("ruleId");
    private static final Name RULE_INDEX = Name.of("ruleIndex");
    private static final Name LEVEL = Name.of("level");
    private static final Name MESSAGE = Name.of("message");
    private static final Name TEXT = Name.of("text");
    private static final Name LOCATIONS = Name.of("locations");
    private static final Name PHYSICAL_LOCATION = Name.of("physicalLocation");
    private static final Name ARTIFACT_LOCATION = Name.of("artifactLocation");
    private static final Name URI = Name.of("uri");
    private static final Name URI_BASE_ID = Name.of("uriBaseId");
    private static final Name REGION = Name.of("region");
    private static final Name START_LINE = Name.of("startLine");
    private static final Name PARTIAL_FINGERPRINTS = Name.of("partialFingerprints");
    private static final Name FINGERPRINT_NAME = Name.of(FINGERPRINT);

    private final RenderOptions options;
    private final int threads;
    private final int slice;

    SarifRenderer(RenderOptions options) {
        this(options, Runtime.getRuntime().availableProcessors(), ArraySlices.SLICE);
    }

    /** With {@code threads} workers for more than {@code slice} results (tests use tiny slices). */
    SarifRenderer(RenderOptions options, int threads, int slice) {
        this.options = options;
        this.threads = threads;
        this.slice = slice;
    }

    @Override
    void write(Report report, JsonWriter json) {
        Map<String, Level> rules = rules(report);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (String id : rules.keySet()) {
            ruleIndex.put(id, ruleIndex.size());
        }
        json.beginObject();
        json.name("$schema").value(SCHEMA);
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        driver(report, rules, json);
        baseIds(report.root(), json);
        invocation(report, json);
        json.name("results").beginArray();
        // each thread that writes results keeps its own digest and last path: neither is safe to share
        ThreadLocal<Results> results = ThreadLocal.withInitial(() -> new Results(ruleIndex));
        try (ArraySlices slices = new ArraySlices(threads, slice)) {
            slices.write(report.findings(), json, (finding, part) -> results.get().write(finding, part));
        }
        json.endArray();
        json.endObject().endArray();
        json.endObject();
        json.lineEnd();
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

    /**
     * Writes results on one thread: rule indexes, the last path's URI (paths repeat in a row), and a reused
     * SHA-256 fed from reused arrays, so that results allocate next to nothing.
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

        void write(Finding finding, JsonWriter json) {
            String path = finding.position().path();
            if (!path.equals(lastPath)) {
                lastUri = UriPath.encode(path);
                lastPath = path;
            }
            json.beginObject();
            json.name(RULE_ID).value(finding.ruleId());
            json.name(RULE_INDEX).value(ruleIndex.get(finding.ruleId()));
            json.name(LEVEL).value(sarifLevel(finding.level()));
            json.name(MESSAGE).beginObject().name(TEXT).value(finding.message()).endObject();
            json.name(LOCATIONS).beginArray().beginObject();
            json.name(PHYSICAL_LOCATION).beginObject();
            json.name(ARTIFACT_LOCATION).beginObject()
                    .name(URI).value(lastUri)
                    .name(URI_BASE_ID).value(SRCROOT)
                    .endObject();
            if (finding.position().line() > 0) {
                json.name(REGION).beginObject().name(START_LINE).value(finding.position().line()).endObject();
            }
            json.endObject();
            json.endObject().endArray();
            json.name(PARTIAL_FINGERPRINTS).beginObject()
                    .name(FINGERPRINT_NAME).value(fingerprint(finding))
                    .endObject();
            json.endObject();
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
