package org.runbookgovernance.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.GitFacts;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;

/** Documents built by hand for index tests: metadata as "key=value" pairs, lists split at ';'. */
public final class IndexFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private IndexFixtures() {
    }

    public static Document doc(String path, DocumentKind kind, String h1, String... pairs) {
        return doc(path, kind, h1, List.of(), MetadataSource.FRONT_MATTER, pairs);
    }

    public static Document doc(String path, DocumentKind kind, String h1, List<Link> links, MetadataSource source,
                               String... pairs) {
        List<MetadataEntry> metadata = new ArrayList<>();
        int line = 2;
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            List<String> items = (key.equals(MetadataKeys.ALERTS) || key.equals(MetadataKeys.SYMPTOMS))
                    && source == MetadataSource.FRONT_MATTER ? List.of(value.split(";")) : List.of(value);
            metadata.add(new MetadataEntry(key, key, value, "", items, source, line++));
        }
        return new Document(path, kind, Optional.ofNullable(h1), h1 == null ? 0 : 1, metadata, List.of(), links,
                List.of(), List.of(), List.of(), 40);
    }

    public static Document runbook(String id, String file, String... pairs) {
        List<String> all = new ArrayList<>(List.of("id=" + id));
        all.addAll(List.of(pairs));
        return doc("incidents/" + file, DocumentKind.RUNBOOK, id + ": x", all.toArray(String[]::new));
    }

    public static Document index(String path, Link... links) {
        return doc(path, DocumentKind.INDEX, "Runbooks", List.of(links), MetadataSource.LABEL_LINE);
    }

    public static Inventory inventory(List<Document> docs) {
        return inventory(Config.DEFAULT, docs, List.of());
    }

    public static Inventory inventory(Config config, List<Document> docs, List<Alert> alerts) {
        return new Inventory(config, TODAY, docs, alerts, GitFacts.NONE, List.of());
    }

    public static Config withIndex(Map<String, Object> section) {
        return Config.DEFAULT.withSection("index", section);
    }
}
