package org.runbookgovernance.config;

/**
 * One entry of {@code documents.runbook_sections}: the pages matching {@code path} hold one runbook per
 * heading of {@code level} ({@code {path: mixin/runbook.md, level: 2}}).
 */
public record SectionedPages(Glob path, int level) {

    public SectionedPages {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6: " + level);
        }
    }
}
