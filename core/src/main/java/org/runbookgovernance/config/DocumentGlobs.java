package org.runbookgovernance.config;

import java.util.List;
import org.runbookgovernance.model.DocumentKind;

/**
 * Which Markdown files are what. A path takes the first kind that matches, in this order: excluded,
 * runbook page ({@code runbook_sections}), incident report, template, index, guide, other, runbook; anything else
 * is {@link DocumentKind#OTHER} too (still parsed, so links into it resolve). The {@code other} globs keep a page
 * out of the runbooks that a runbook glob would take.
 */
public record DocumentGlobs(List<Glob> runbooks, List<Glob> index, List<Glob> templates, List<Glob> guides,
                            List<Glob> incidentReports, List<Glob> exclude, List<Glob> other,
                            List<SectionedPages> runbookSections) {

    /**
     * Runbooks in a {@code runbooks} folder at any depth (a Hugo {@code content/runbooks/}, {@code docs/runbooks/})
     * or in a component folder under {@code alerts/}; the README of such a folder is an index document, which the
     * index rules read only when it lists runbooks; a Hugo section page ({@code _index.md}) is an other page;
     * Hugo archetypes are page templates in Go template syntax, never read.
     */
    public static final DocumentGlobs DEFAULT = new DocumentGlobs(
            globs("**/RB-*.md", "incidents/**/*.md", "**/runbooks/**/*.md", "alerts/*/*.md"),
            globs("README.md", "INDEX.md", "**/runbooks/**/README.md", "alerts/**/README.md"),
            globs("templates/**", "**/*TEMPLATE*.md"),
            globs("quick-reference/**", "**/*GUIDE*.md", "**/*FRAMEWORK*.md"),
            globs("postmortems/**", "incident-reports/**", "incidents/reports/**"),
            globs(".git/**", "**/node_modules/**", "**/target/**", "**/archetypes/**"),
            globs("**/_index.md"), List.of());

    public DocumentGlobs {
        runbookSections = List.copyOf(runbookSections);
        runbooks = List.copyOf(runbooks);
        index = List.copyOf(index);
        templates = List.copyOf(templates);
        guides = List.copyOf(guides);
        incidentReports = List.copyOf(incidentReports);
        exclude = List.copyOf(exclude);
        other = List.copyOf(other);
    }

    /** Globs with no {@code other} list and no page of runbook sections. */
    public DocumentGlobs(List<Glob> runbooks, List<Glob> index, List<Glob> templates, List<Glob> guides,
                         List<Glob> incidentReports, List<Glob> exclude) {
        this(runbooks, index, templates, guides, incidentReports, exclude, List.of(), List.of());
    }

    /** Globs with no page of runbook sections. */
    public DocumentGlobs(List<Glob> runbooks, List<Glob> index, List<Glob> templates, List<Glob> guides,
                         List<Glob> incidentReports, List<Glob> exclude, List<Glob> other) {
        this(runbooks, index, templates, guides, incidentReports, exclude, other, List.of());
    }

    /** Null when the path is excluded. */
    public DocumentKind kindOf(String path) {
        if (any(exclude, path)) {
            return null;
        }
        if (!runbookSections.isEmpty() && sectionLevel(path).isPresent()) {
            return DocumentKind.RUNBOOK_PAGE;
        }
        if (any(incidentReports, path)) {
            return DocumentKind.INCIDENT_REPORT;
        }
        if (any(templates, path)) {
            return DocumentKind.TEMPLATE;
        }
        if (any(index, path)) {
            return DocumentKind.INDEX;
        }
        if (any(guides, path)) {
            return DocumentKind.GUIDE;
        }
        if (any(other, path)) {
            return DocumentKind.OTHER;
        }
        if (any(runbooks, path)) {
            return DocumentKind.RUNBOOK;
        }
        return DocumentKind.OTHER;
    }

    /** The heading level whose sections are runbooks on this page: the first matching entry's. */
    public java.util.OptionalInt sectionLevel(String path) {
        for (SectionedPages p : runbookSections) {
            if (p.path().matches(path)) {
                return java.util.OptionalInt.of(p.level());
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** The same globs with the runbook set replaced (CLI {@code --include}) and exclusions added. */
    public DocumentGlobs withOverrides(List<String> include, List<String> extraExclude) {
        List<Glob> r = include.isEmpty() ? runbooks : include.stream().map(Glob::of).toList();
        List<Glob> ex = new java.util.ArrayList<>(exclude);
        extraExclude.stream().map(Glob::of).forEach(ex::add);
        return new DocumentGlobs(r, index, templates, guides, incidentReports, ex, other, runbookSections);
    }

    private static boolean any(List<Glob> globs, String path) {
        return globs.stream().anyMatch(g -> g.matches(path));
    }

    static List<Glob> globs(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Glob::of).toList();
    }
}
