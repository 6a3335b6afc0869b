package org.runbookgovernance.rules.metadata;

import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.runbookgovernance.model.Dates;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataSource;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code metadata/conflict}: front matter and a bold label line give the same field different values.
 * Tools read the front matter, people read the label line, so one of them is wrong.
 */
public final class Conflict implements Rule {

    public static final String ID = "metadata/conflict";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public String summary() {
        return "front matter and a label line give the same field different values";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        for (Document doc : inventory.documents()) {
            if (doc.kind() == DocumentKind.OTHER) {
                continue; // a page the repository keeps beside its runbooks: its metadata is not ours to judge
            }
            List<MetadataEntry> front = doc.metadata().stream()
                    .filter(e -> e.source() == MetadataSource.FRONT_MATTER).toList();
            for (MetadataEntry label : doc.metadata()) {
                if (label.source() != MetadataSource.LABEL_LINE || blank(label)) {
                    continue;
                }
                for (MetadataEntry fm : front) {
                    if (fm.key().equals(label.key()) && !blank(fm) && !same(fm, label)) {
                        findings.report(doc.position(label.line()),
                                inventory.runbookContaining(doc.path(), label.line()).map(Runbook::id).orElse(null),
                                "conflicting metadata: " + label.label() + " is `" + label.value().strip()
                                        + "` on line " + label.line() + " but `" + fm.key() + "` is `"
                                        + fm.value().strip() + "` in the front matter on line " + fm.line()
                                        + "; keep one value, preferably only in the front matter.");
                        break;
                    }
                }
            }
        }
    }

    private static boolean blank(MetadataEntry e) {
        return e.value().isBlank() && e.items().isEmpty();
    }

    private static boolean same(MetadataEntry a, MetadataEntry b) {
        Optional<LocalDate> da = Dates.parse(a.value());
        Optional<LocalDate> db = Dates.parse(b.value());
        if (da.isPresent() && db.isPresent()) {
            return da.equals(db);
        }
        if (a.items().size() > 1 || b.items().size() > 1) {
            return normalised(a.items()).equals(normalised(b.items()));
        }
        return norm(a.value()).equals(norm(b.value()));
    }

    private static Set<String> normalised(List<String> items) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(norm(i)));
        return out;
    }

    private static final Pattern QUOTES = Pattern.compile("^[`\"']+|[`\"']+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Case, surrounding space and decoration quotes do not make two values different. */
    private static String norm(String v) {
        return SPACES.matcher(QUOTES.matcher(v.strip()).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
