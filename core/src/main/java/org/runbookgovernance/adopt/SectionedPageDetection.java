package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.parse.Anchors;

/**
 * One page holding many runbooks, one per heading ({@code mixin/runbook.md}): a page that is no runbook by the
 * globs, which at least two alert rules link to by anchor. Its level is the one most of those anchors' headings
 * have.
 */
public record SectionedPageDetection(String path, int level, int anchors) {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    public static List<SectionedPageDetection> of(RepositorySurvey survey, Map<String, String> pageByUrl,
                                                  Set<String> runbooks) {
        Map<String, List<String>> anchorsByPage = new TreeMap<>();
        pageByUrl.forEach((url, page) -> {
            int hash = url.indexOf('#');
            if (hash >= 0 && hash + 1 < url.length() && !runbooks.contains(page)) {
                anchorsByPage.computeIfAbsent(page, p -> new ArrayList<>()).add(url.substring(hash + 1).toLowerCase(java.util.Locale.ROOT));
            }
        });
        List<SectionedPageDetection> pages = new ArrayList<>();
        anchorsByPage.forEach((page, anchors) -> {
            if (anchors.size() < 2) {
                return;
            }
            Map<String, Integer> levelBySlug = new TreeMap<>();
            for (String line : survey.lines(page)) {
                Matcher m = HEADING.matcher(line);
                if (m.matches()) {
                    levelBySlug.putIfAbsent(Anchors.slug(m.group(2)), m.group(1).length());
                }
            }
            int[] votes = new int[7];
            int found = 0;
            for (String anchor : anchors) {
                Integer level = levelBySlug.get(anchor);
                if (level != null) {
                    votes[level]++;
                    found++;
                }
            }
            int best = 0;
            for (int level = 1; level <= 6; level++) {
                if (votes[level] > votes[best]) {
                    best = level;
                }
            }
            if (best > 0) {
                pages.add(new SectionedPageDetection(page, best, found));
            }
        });
        return pages;
    }
}
