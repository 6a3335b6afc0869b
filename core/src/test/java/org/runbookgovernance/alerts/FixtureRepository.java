package org.runbookgovernance.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * Test support: turns a fixture folder into an {@link Inventory} the way the engine does (config, documents,
 * {@link AlertCollector}). The Markdown reading here is deliberately small (front matter, bold label lines,
 * headings with GitHub anchors): enough for alert coverage, independent of the real parser.
 */
public final class FixtureRepository {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LABEL_LINE = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");

    private FixtureRepository() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(FixtureRepository.class.getResource("/alerts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loaded inventory plus what the collector reported. */
    public record Loaded(Inventory inventory, AlertLoad load) {
    }

    public static Loaded load(Path root) {
        Config config = ConfigLoader.load(root, null);
        List<Document> docs = documents(root, config);
        AlertLoad load = AlertCollector.collect(root, AlertSettings.from(config, List.of(), Map.of()), docs, null);
        List<Problem> problems = new ArrayList<>(load.problems());
        return new Loaded(new Inventory(config, TODAY, docs, load.alerts(), GitFacts.NONE, problems), load);
    }

    public static List<Document> documents(Path root, Config config) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Document> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                DocumentKind kind = config.documents().kindOf(rel);
                if (kind != null) {
                    docs.add(document(rel, kind, Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document document(String path, DocumentKind kind, String text) {
        String[] lines = text.split("\n", -1);
        List<MetadataEntry> metadata = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---")) {
                end++;
            }
            Object fm = SafeYaml.load(String.join("\n", List.of(lines).subList(1, end)), path, 2, YamlLimits.SMALL);
            if (fm instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String label = String.valueOf(e.getKey());
                    int line = lineOf(lines, label + ":", 1, end);
                    Object v = e.getValue();
                    List<String> items = v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                            : v == null ? List.of() : List.of(String.valueOf(v));
                    metadata.add(new MetadataEntry(MetadataKeys.normalise(label), label,
                            v instanceof List<?> ? String.join(", ", items) : v == null ? "" : String.valueOf(v), "",
                            items, MetadataSource.FRONT_MATTER, line));
                }
            }
            start = end + 1;
        }
        String title = null;
        int titleLine = 0;
        boolean fence = false;
        for (int i = start; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("```")) {
                fence = !fence;
                continue;
            }
            if (fence) {
                continue;
            }
            Matcher h = HEADING.matcher(l);
            if (h.matches()) {
                headings.add(new Heading(h.group(1).length(), h.group(2), RunbookResolver.slug(h.group(2)), i + 1));
                if (title == null && h.group(1).length() == 1) {
                    title = h.group(2);
                    titleLine = i + 1;
                }
                continue;
            }
            Matcher label = LABEL_LINE.matcher(l.strip());
            if (label.matches()) {
                String value = label.group(2).strip();
                List<String> items = List.of(value.split("\\s*,\\s*"));
                metadata.add(new MetadataEntry(MetadataKeys.normalise(label.group(1)), label.group(1), value, "",
                        items, MetadataSource.LABEL_LINE, i + 1));
            }
        }
        return new Document(path, kind, java.util.Optional.ofNullable(title), titleLine, metadata, headings, List.of(),
                List.of(), List.of(), List.of(), lines.length);
    }

    private static int lineOf(String[] lines, String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return from + 1;
    }
}
