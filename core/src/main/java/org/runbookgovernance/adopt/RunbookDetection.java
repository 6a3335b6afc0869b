package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.runbookgovernance.config.DocumentGlobs;
import org.runbookgovernance.config.Glob;
import org.runbookgovernance.model.DocumentKind;

/**
 * Which Markdown pages are runbooks: pages named like alerts ({@code TargetDown.md}), pages in a {@code runbooks}
 * folder, and {@code docs/<service>/README.md}; section pages, templates, folders of retired runbooks and the
 * READMEs of runbook folders are not. {@code extra}: pages the globs take that are none of these, too many to list in {@code other}.
 * {@code globs} is empty when the default globs already find exactly these pages.
 */
public record RunbookDetection(Set<String> runbooks, Map<String, String> reasons, List<String> globs,
                               List<String> other, Set<String> missed, Set<String> extra) {

    /** Letters and digits only, starting with a capital, with a lower-case letter and a second capital. */
    private static final Pattern ALERT_NAME = Pattern.compile("(?=[A-Z][A-Za-z0-9]*[a-z])(?=[A-Z][A-Za-z0-9]*?[A-Z])"
            + "[A-Z][A-Za-z0-9]*\\.md");
    /**
     * An alert named after its component in lower case ({@code etcdNoLeader}): a runbook only beside, or in a folder
     * beside, pages named like alerts, since helper pages are named in camel case too.
     */
    private static final Pattern PREFIXED_ALERT_NAME = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\\.md");
    /** More pages than this the globs take but are not runbooks are reported, not listed in the configuration. */
    static final int MOST_OTHER = 10;
    /** A folder of runbooks kept for old releases ({@code deprecated_runbooks/}, {@code archive/}): none is reviewed. */
    private static final Pattern RETIRED_FOLDER = Pattern.compile(
            "(?:^|/)(?:deprecated|archived?|retired|obsolete)(?:[_-][^/]*)?/");
    private static final Pattern SERVICE_PAGE = Pattern.compile("docs/[^/]+/README\\.md");

    /**
     * {@code referenced}: the pages alert rules link to; when there are any, a {@code docs/<service>/README.md}
     * is a runbook only if one of them links to it.
     */
    public static RunbookDetection of(RepositorySurvey survey, Set<String> referenced) {
        Set<String> runbooks = new TreeSet<>();
        Map<String, String> globReason = new TreeMap<>();
        Map<String, Set<String>> alertNamedByFolder = new TreeMap<>();
        for (String path : survey.markdown()) {
            String name = RepositorySurvey.name(path);
            if (isScaffolding(path, name)) {
                continue;
            }
            int runbooksFolder = runbooksFolder(path);
            if (runbooksFolder >= 0) {
                if (!isFolderPage(name)) {
                    runbooks.add(path);
                    globReason.putIfAbsent(path.substring(0, runbooksFolder) + "runbooks/**/*.md",
                            "pages in a runbooks folder");
                }
            } else if (SERVICE_PAGE.matcher(path).matches() && (referenced.isEmpty() || referenced.contains(path))) {
                runbooks.add(path);
                globReason.putIfAbsent("docs/*/README.md", "one README.md per service under docs/");
            } else if (ALERT_NAME.matcher(name).matches()) {
                runbooks.add(path);
                alertNamedByFolder.computeIfAbsent(RepositorySurvey.folder(path), f -> new TreeSet<>()).add(path);
            }
        }
        Set<String> componentRoots = new TreeSet<>();
        alertNamedByFolder.keySet().forEach(f -> componentRoots.add(RepositorySurvey.folder(f)));
        for (String path : survey.markdown()) {
            String folder = RepositorySurvey.folder(path);
            if (PREFIXED_ALERT_NAME.matcher(RepositorySurvey.name(path)).matches() && runbooksFolder(path) < 0
                    && (alertNamedByFolder.containsKey(folder) || componentRoots.contains(RepositorySurvey.folder(folder)))) {
                runbooks.add(path);
                alertNamedByFolder.computeIfAbsent(folder, f -> new TreeSet<>()).add(path);
            }
        }
        alertNamedGlobs(alertNamedByFolder, globReason);

        Set<String> byDefault = matched(DocumentGlobs.DEFAULT, survey);
        if (byDefault.equals(runbooks)) {
            return new RunbookDetection(runbooks, Map.of(), List.of(), List.of(), Set.of(), Set.of());
        }
        List<String> globs = new ArrayList<>(globReason.keySet());
        DocumentGlobs mine = globs(globs, List.of());
        Set<String> matched = matched(mine, survey);
        List<String> other = new ArrayList<>();
        for (String path : matched) {
            if (!runbooks.contains(path)) {
                other.add(path);
            }
        }
        Set<String> extra = new TreeSet<>(other);
        if (other.size() > MOST_OTHER) {
            other.clear();
        } else if (!other.isEmpty()) {
            extra.clear();
            other.add(0, "**/_index.md");
            matched = matched(globs(globs, other), survey);
        }
        Set<String> missed = new TreeSet<>(runbooks);
        missed.removeAll(matched);
        return new RunbookDetection(runbooks, globReason, globs, other, missed, extra);
    }

    /** Alert-named pages in sibling folders ({@code alerts/<component>/}) take one glob for all the siblings. */
    private static void alertNamedGlobs(Map<String, Set<String>> byFolder, Map<String, String> globReason) {
        Map<String, Integer> siblings = new TreeMap<>();
        for (String folder : byFolder.keySet()) {
            if (!folder.isEmpty()) {
                siblings.merge(RepositorySurvey.folder(folder), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Set<String>> e : byFolder.entrySet()) {
            String folder = e.getKey();
            String parent = RepositorySurvey.folder(folder);
            if (folder.isEmpty()) {
                e.getValue().forEach(p -> globReason.putIfAbsent(p, "a page named like an alert"));
            } else if (siblings.getOrDefault(parent, 0) >= 2) {
                globReason.putIfAbsent((parent.isEmpty() ? "" : parent + "/") + "*/*.md",
                        "pages named like alerts, one folder per component");
            } else {
                globReason.putIfAbsent(folder + "/*.md", "pages named like alerts");
            }
        }
    }

    static DocumentGlobs globs(List<String> runbooks, List<String> other) {
        DocumentGlobs d = DocumentGlobs.DEFAULT;
        List<Glob> o = other.isEmpty() ? d.other() : other.stream().map(Glob::of).toList();
        return new DocumentGlobs(runbooks.stream().map(Glob::of).toList(), d.index(), d.templates(), d.guides(),
                d.incidentReports(), d.exclude(), o, d.runbookSections());
    }

    static Set<String> matched(DocumentGlobs globs, RepositorySurvey survey) {
        Set<String> matched = new TreeSet<>();
        for (String path : survey.markdown()) {
            if (globs.kindOf(path) == DocumentKind.RUNBOOK) {
                matched.add(path);
            }
        }
        return matched;
    }

    private static boolean isScaffolding(String path, String name) {
        String lower = path.toLowerCase(Locale.ROOT);
        String lowerName = RepositorySurvey.name(lower);
        return name.equals("_index.md") || RETIRED_FOLDER.matcher(lower).find() || lower.startsWith("templates/") || lower.contains("/templates/")
                || lowerName.startsWith("template") || lowerName.startsWith("_template") || name.contains("TEMPLATE");
    }

    private static boolean isFolderPage(String name) {
        return name.equalsIgnoreCase("README.md") || name.equalsIgnoreCase("index.md");
    }

    /** Where the {@code runbooks/} folder holding the page starts, or -1. */
    private static int runbooksFolder(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("runbooks/")) {
            return 0;
        }
        int i = lower.lastIndexOf("/runbooks/");
        return i < 0 ? -1 : i + 1;
    }

    /** Folder → number of runbooks in it, for the printout. */
    public Map<String, Integer> byFolder() {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String path : runbooks) {
            count.merge(RepositorySurvey.folder(path), 1, Integer::sum);
        }
        return count;
    }
}
