package org.runbookgovernance.rules.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.SourcePosition;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.rules.Rule;

/**
 * {@code governance/no-runbooks}: the scan found no runbook at all, so every other rule judged nothing. Most
 * often the runbook globs do not fit the repository's layout; Markdown whose path says "runbook", else the
 * folders holding the most Markdown, say where the runbooks probably are.
 */
public final class NoRunbooks implements Rule {

    public static final String ID = "governance/no-runbooks";

    /** How many folders the message names. */
    static final int FOLDERS_NAMED = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public String summary() {
        return "the runbook globs match no file, so nothing was judged";
    }

    @Override
    public void check(Inventory inventory, Findings findings) {
        message(inventory).ifPresent(m -> findings.report(SourcePosition.file("."), m));
    }

    /** What this rule says about the inventory; the review plan and index commands print it as a warning. */
    public static Optional<String> message(Inventory inventory) {
        if (!inventory.runbooks().isEmpty()) {
            return Optional.empty();
        }
        String globs = inventory.config().documents().runbooks().stream().map(g -> "`" + g.pattern() + "`")
                .collect(Collectors.joining(", "));
        List<Map.Entry<String, Long>> named = mostMarkdown(inventory.documents(), true);
        List<Map.Entry<String, Long>> folders = named.isEmpty() ? mostMarkdown(inventory.documents(), false) : named;
        String where;
        String include;
        if (folders.isEmpty()) {
            where = inventory.documents().isEmpty() ? "; the repository holds no Markdown file at all"
                    : "; every Markdown file is an index, template, guide or incident report";
            include = "'runbooks/**/*.md'";
        } else {
            StringBuilder sb = new StringBuilder(named.isEmpty() ? "; the most Markdown is in "
                    : "; Markdown named like runbooks is in ");
            for (int i = 0; i < folders.size(); i++) {
                Map.Entry<String, Long> f = folders.get(i);
                sb.append(i == 0 ? "" : ", ").append('`').append(f.getKey()).append("` (").append(f.getValue())
                        .append(i == 0 ? f.getValue() == 1 ? " file)" : " files)" : ")");
            }
            where = sb.toString();
            String top = folders.get(0).getKey();
            include = top.equals(".") ? "'*.md'" : "'" + top + "**/*.md'";
        }
        String noun = inventory.config().documents().runbooks().size() == 1 ? "glob " : "globs ";
        String verb = inventory.config().documents().runbooks().size() == 1 ? " matches" : " match";
        return Optional.of("no runbooks: the runbook " + noun + (globs.isEmpty() ? "(none)" : globs) + verb
                + " no runbook" + where + "; set `documents.runbooks` in .runbook-governance.yml or pass --include "
                + include + ".");
    }

    /**
     * Folders by how many Markdown documents of no kind (not an index, template...: what the globs left) they
     * hold directly, most first, at most {@link #FOLDERS_NAMED}; with {@code namedLikeRunbooks}, only documents
     * whose path says "runbook" ({@code docs/runbooks/x.md}, {@code mixin/runbook.md}).
     */
    static List<Map.Entry<String, Long>> mostMarkdown(List<Document> documents, boolean namedLikeRunbooks) {
        Map<String, Long> counts = new TreeMap<>();
        for (Document d : documents) {
            if (d.kind() != DocumentKind.OTHER
                    || namedLikeRunbooks && !d.path().toLowerCase(Locale.ROOT).contains("runbook")) {
                continue;
            }
            int slash = d.path().lastIndexOf('/');
            counts.merge(slash < 0 ? "." : d.path().substring(0, slash + 1), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FOLDERS_NAMED).toList();
    }
}
