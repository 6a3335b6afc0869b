package org.runbookgovernance.adopt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.DocumentKind;
import org.runbookgovernance.model.PointerPage;
import org.runbookgovernance.parse.DocumentParser;

/**
 * What {@code init} makes of a repository: the configuration to write, every key with a one-line comment saying
 * why, and what it found and could not decide, for the printout. The same repository gives the same text.
 */
public record Adoption(String config, List<String> found, List<String> undecided) {

    private static final Pattern S_LEVELS = Pattern.compile("s[1-4]");

    public Adoption {
        found = List.copyOf(found);
        undecided = List.copyOf(undecided);
    }

    /** The pages among {@code runbooks} a check will not judge: they only point elsewhere (model.PointerPage). */
    private static int pointerPages(RepositorySurvey survey, Set<String> runbooks) {
        int pointers = 0;
        for (String path : runbooks) {
            byte[] content;
            try {
                content = Files.readAllBytes(survey.root().resolve(path));
            } catch (IOException e) {
                continue;
            }
            if (DocumentParser.parse(path, DocumentKind.RUNBOOK, content).document().filter(PointerPage::is)
                    .isPresent()) {
                pointers++;
            }
        }
        return pointers;
    }

    public static Adoption of(Path root) throws IOException {
        RepositorySurvey survey = RepositorySurvey.of(root);
        RuleFileDetection rules = RuleFileDetection.of(survey);
        UrlMapDetection urls = UrlMapDetection.of(rules.runbookUrls(), survey.markdown());
        RunbookDetection runbooks = RunbookDetection.of(survey, urls.pages());
        SectionDetection sections = SectionDetection.of(survey, runbooks.runbooks());
        List<String> found = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        Yaml yaml = new Yaml();

        yaml.section("documents");
        int pointers = pointerPages(survey, runbooks.runbooks());
        found.add(count(runbooks.runbooks().size(), "runbook") + folders(runbooks) + (pointers == 0 ? ""
                : "; " + pointers + " of them only point elsewhere or are marked [Deprecated], so `check` judges "
                + (runbooks.runbooks().size() - pointers)));
        if (runbooks.runbooks().isEmpty()) {
            // An empty list would only hide the defaults; `check` then names the folders that hold the Markdown.
            undecided.add("which pages are runbooks: none is named like an alert, in a runbooks folder or a "
                    + "docs/<service>/README.md; set documents.runbooks");
        } else if (runbooks.globs().isEmpty() && !runbooks.runbooks().isEmpty()) {
            found.add("documents.runbooks: the default globs find exactly these runbooks, so it is not written");
        } else {
            yaml.key("runbooks", list(runbooks.globs()), runbooks.reasons().values().stream().distinct()
                    .collect(Collectors.joining("; ")));
        }
        IndexDetection indexes = IndexDetection.of(survey, runbooks.runbooks());
        List<String> noLongerIndexes = noLongerIndexes(survey, runbooks, indexes.indexes());
        if (!runbooks.other().isEmpty() || !noLongerIndexes.isEmpty()) {
            List<String> other = new ArrayList<>(runbooks.other().isEmpty() ? List.of("**/_index.md") : runbooks.other());
            other.addAll(noLongerIndexes);
            yaml.key("other", list(other), "pages the runbook globs take that are not runbooks");
        }
        if (indexes.indexes().isEmpty()) {
            yaml.key("index", "[]", "no page has the markers `index --write` fills and no README links "
                    + "most runbooks, so the index rules are off");
            found.add("index: none (no page with index markers, no README linking most runbooks), so the index "
                    + "rules are off");
        } else {
            yaml.key("index", list(List.copyOf(indexes.indexes())), String.join("; ", indexes.reasons().values()));
            indexes.reasons().values().forEach(why -> found.add("index: " + why));
        }
        if (!runbooks.extra().isEmpty()) {
            undecided.add(count(runbooks.extra().size(), "page") + " the runbook globs take do not look like runbooks "
                    + "(for example " + runbooks.extra().iterator().next() + "); list them in documents.other if so");
        }
        List<SectionedPageDetection> sectioned = SectionedPageDetection.of(survey, urls.pageByUrl(),
                runbooks.runbooks());
        if (!sectioned.isEmpty()) {
            yaml.key("runbook_sections", sectioned.stream().map(p -> "{path: " + quote(p.path()) + ", level: "
                    + p.level() + "}").collect(Collectors.joining(", ", "[", "]")), sectioned.stream()
                    .map(p -> p.path() + ": " + count(p.anchors(), "alert link") + " to its level-" + p.level()
                            + " headings").collect(Collectors.joining("; ")));
            sectioned.forEach(p -> found.add(p.path() + " holds one runbook per level-" + p.level() + " heading ("
                    + count(p.anchors(), "alert link") + " to them)"));
        }
        Set<String> sectionedPaths = sectioned.stream().map(SectionedPageDetection::path)
                .collect(Collectors.toSet());
        urls.pages().stream().filter(p -> !runbooks.runbooks().contains(p) && !sectionedPaths.contains(p))
                .forEach(p -> undecided.add(p
                + " is linked from alert rules but is no runbook by the written globs (one page of runbook sections? "
                + "see documents.runbook_sections)"));
        runbooks.missed().forEach(p -> undecided.add(p + " looks like a runbook but a default glob makes it a "
                + "template, index or guide"));

        yaml.section("review");
        if (isGitWorkTree(root)) {
            yaml.key("undated", "git", "in a git work tree: a runbook without a review date counts from its last commit");
            found.add("a git work tree: review.undated is git");
        } else {
            undecided.add("review dates: not a git work tree, so runbooks without a review date stay undated");
        }

        yaml.section("alerts");
        found.add(count(rules.files().size(), "rule file") + " with " + count(rules.alerts(), "alert rule")
                + (rules.files().isEmpty() ? "" : ": " + String.join(", ", first(rules.files()))));
        if (!rules.files().isEmpty() && !rules.globs().isEmpty()) {
            yaml.key("rule_files", list(rules.globs()), count(rules.files().size(), "YAML file")
                    + " holding alert: rules");
        } else if (!rules.files().isEmpty()) {
            found.add("alerts.rule_files: the default globs take exactly these files, so it is not written");
        }
        if (!urls.map().isEmpty()) {
            yaml.key("runbook_url_map", map(urls.map()), urls.resolved().entrySet().stream()
                    .map(e -> count(e.getValue(), "runbook URL") + " under " + e.getKey())
                    .collect(Collectors.joining(", ")) + " name existing pages");
        }
        found.add(count(rules.runbookUrls().size(), "distinct runbook URL") + ", "
                + (rules.runbookUrls().size() - urls.unresolved().size() - urls.templated().size())
                + " resolved by the map or as repository paths");
        urls.unresolved().forEach(u -> undecided.add("runbook URL names no page in the repository: " + u));
        if (!urls.templated().isEmpty()) {
            undecided.add(count(urls.templated().size(), "templated runbook URL") + " (left as they are): "
                    + String.join(", ", first(urls.templated())));
        }
        severities(rules.severities(), yaml, found, undecided);

        yaml.section("rules");
        if (!sections.sections().isEmpty()) {
            yaml.key("structure/required-section", "{runbook: " + list(sections.sections()) + "}",
                    "## headings in at least " + SectionDetection.PERCENT + " % of the "
                            + count(sections.runbooks(), "runbook"));
            found.add("required sections: " + sections.sections().stream()
                    .map(s -> s + " (" + sections.counts().get(s) + ")").collect(Collectors.joining(", ")));
        } else if (sections.runbooks() > 0) {
            undecided.add("required sections: no ## heading is in " + SectionDetection.PERCENT + " % of the runbooks");
        }

        found.add(owners(survey.owners()));
        String header = "# Written by `runbook-governance init` from what the repository holds; edit freely.\n";
        return new Adoption(header + yaml.text(), found, undecided);
    }

    /**
     * Pages the default index globs kept out of the runbooks (a runbooks folder's README) that the written
     * {@code documents.index} no longer calls an index: without a place in {@code other} they would be runbooks.
     */
    private static List<String> noLongerIndexes(RepositorySurvey survey, RunbookDetection runbooks,
                                                Set<String> indexes) {
        DocumentGlobs d = DocumentGlobs.DEFAULT;
        List<Glob> runbookGlobs = runbooks.globs().isEmpty() ? d.runbooks()
                : runbooks.globs().stream().map(Glob::of).toList();
        List<Glob> other = runbooks.other().isEmpty() ? d.other() : runbooks.other().stream().map(Glob::of).toList();
        DocumentGlobs before = new DocumentGlobs(runbookGlobs, d.index(), d.templates(), d.guides(),
                d.incidentReports(), d.exclude(), other, d.runbookSections());
        DocumentGlobs after = new DocumentGlobs(runbookGlobs, indexes.stream().map(Glob::of).toList(), d.templates(),
                d.guides(), d.incidentReports(), d.exclude(), other, d.runbookSections());
        List<String> pages = new ArrayList<>();
        for (String path : survey.markdown()) {
            if (after.kindOf(path) == DocumentKind.RUNBOOK && before.kindOf(path) != DocumentKind.RUNBOOK
                    && !runbooks.runbooks().contains(path)) {
                pages.add(path);
            }
        }
        return pages;
    }

    private static void severities(Set<String> severities, Yaml yaml, List<String> found, List<String> undecided) {
        if (severities.isEmpty()) {
            undecided.add("severity scheme: no alert rule has a severity label; require_runbook_for stays [critical]");
            return;
        }
        found.add("severity labels: " + String.join(", ", severities.stream().sorted().toList()));
        if (severities.stream().anyMatch(s -> S_LEVELS.matcher(s).matches())) {
            yaml.key("severity_map", "{s1: P0, s2: P1, s3: P2, s4: P3}", "alerts are labelled s1 to s4");
            yaml.key("require_runbook_for", "[P0, P1]", "s1 and s2 alerts page someone");
        } else if (severities.contains("page")) {
            yaml.key("require_runbook_for", "[page]", "alerts that page are labelled severity: page");
        } else if (severities.contains("critical")) {
            found.add("alerts.require_runbook_for and severity_map: the defaults fit critical/warning labels");
        } else {
            undecided.add("severity scheme: which of " + String.join(", ", severities.stream().sorted().toList())
                    + " must have a runbook; set alerts.require_runbook_for");
        }
    }

    private static String owners(List<String> owners) {
        List<String> codeowners = owners.stream().filter(p -> p.endsWith("CODEOWNERS")).toList();
        long ownersFiles = owners.stream().filter(p -> p.endsWith("OWNERS") && !p.endsWith("CODEOWNERS")).count();
        if (!codeowners.isEmpty()) {
            return "owners: from " + codeowners.get(0) + " (read as it is, nothing to configure)";
        }
        if (ownersFiles > 0) {
            return "owners: from " + count((int) ownersFiles, "OWNERS file") + " (read as they are, nothing to configure)";
        }
        return "owners: none found (no CODEOWNERS or OWNERS file; add owner: to runbook metadata)";
    }

    private static boolean isGitWorkTree(Path root) {
        for (Path p = root.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static String folders(RunbookDetection runbooks) {
        Map<String, Integer> byFolder = runbooks.byFolder();
        if (byFolder.isEmpty()) {
            return "";
        }
        List<String> shown = byFolder.entrySet().stream().limit(5)
                .map(e -> (e.getKey().isEmpty() ? "." : e.getKey()) + "/ (" + e.getValue() + ")").toList();
        return " in " + String.join(", ", shown) + (byFolder.size() > 5 ? " and " + (byFolder.size() - 5)
                + " more folders" : "");
    }

    private static List<String> first(List<String> items) {
        return items.size() <= 5 ? items : List.of(String.join(", ", items.subList(0, 5)) + " and "
                + (items.size() - 5) + " more");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String list(List<String> items) {
        return items.stream().map(Adoption::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String map(Map<String, String> entries) {
        return entries.entrySet().stream().map(e -> quote(e.getKey()) + ": " + quote(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Top-level sections that appear only when a key is written into them. */
    private static final class Yaml {
        private final StringBuilder text = new StringBuilder();
        private String pending;

        void section(String name) {
            pending = name;
        }

        void key(String key, String value, String why) {
            if (pending != null) {
                text.append(pending).append(":\n");
                pending = null;
            }
            text.append("  # ").append(why.replaceAll("\\s+", " ")).append('\n');
            text.append("  ").append(key).append(": ").append(value).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
