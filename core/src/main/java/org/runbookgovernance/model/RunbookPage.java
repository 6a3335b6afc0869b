package org.runbookgovernance.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page whose headings of one level are runbooks, one per alert ({@code ## ThanosCompactHalted}), as
 * monitoring mixins write them ({@code documents.runbook_sections}). Each section reads as a runbook of its
 * own: its heading is its id and title, the label lines directly under the heading are its metadata, and its
 * sub-headings, links and waivers are those down to the next heading of its level or higher. The page
 * itself is no runbook.
 */
public final class RunbookPage {

    private RunbookPage() {
    }

    /** The page's sections at {@code level}, in order. */
    public static List<RunbookSection> sections(Document page, int level) {
        List<Heading> headings = page.headings();
        List<RunbookSection> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() != level) {
                continue;
            }
            int last = page.lineCount();
            for (int k = i + 1; k < headings.size(); k++) {
                if (headings.get(k).level() <= level) {
                    last = headings.get(k).line() - 1;
                    break;
                }
            }
            out.add(new RunbookSection(h.anchor(), h.line(), Math.max(h.line(), last), false));
        }
        return out;
    }

    /**
     * The runbooks of a page: one per section, an undated one reviewed when git last changed one of its lines
     * (when git knows; {@link GitFacts#sectionLastChange()}).
     */
    public static List<Runbook> runbooks(Document page, int level, GitFacts git) {
        List<Runbook> out = new ArrayList<>();
        for (RunbookSection s : sections(page, level)) {
            Runbook r = Runbook.fromSection(view(page, s), s);
            Instant changed = git.sectionLastChange().get(GitFacts.sectionKey(page.path(), s.anchor()));
            if (changed != null && r.lastReview().isEmpty() && r.nextReview().isEmpty()) {
                r = r.reviewedFromGit(LocalDate.ofInstant(changed, ZoneOffset.UTC));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The section read as a document of its own, at the page's path so that findings point at file:line.
     * Its metadata is what lies between its heading and the next heading of any level: the page keeps only
     * label lines directly under a heading there.
     */
    static Document view(Document page, RunbookSection s) {
        Heading heading = null;
        int metadataEnd = s.lastLine() + 1;
        List<Heading> headings = new ArrayList<>();
        for (Heading h : page.headings()) {
            if (h.line() == s.line()) {
                heading = h;
            } else if (h.line() > s.line() && h.line() <= s.lastLine()) {
                metadataEnd = Math.min(metadataEnd, h.line());
                headings.add(h);
            }
        }
        int end = metadataEnd;
        List<MetadataEntry> metadata = page.metadata().stream()
                .filter(e -> e.line() > s.line() && e.line() < end).toList();
        List<Link> links = page.links().stream().filter(l -> s.contains(l.line())).toList();
        List<Suppression> suppressions = page.suppressions().stream()
                .filter(w -> s.contains(w.position().line())).toList();
        List<Mojibake> mojibake = page.mojibake().stream().filter(m -> s.contains(m.line())).toList();
        Optional<String> title = Optional.ofNullable(heading).map(Heading::text).filter(t -> !t.isBlank());
        return new Document(page.path(), DocumentKind.RUNBOOK, title, s.line(), metadata, headings, links,
                suppressions, mojibake, List.of(), page.lineCount());
    }
}
