package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code ##} headings that at least 60 % of the runbooks have: what the team already treats as required. */
public record SectionDetection(List<String> sections, Map<String, Integer> counts, int runbooks) {

    static final int PERCENT = 60;
    /** Fewer runbooks than this say nothing about a habit. */
    static final int FEWEST = 3;

    public SectionDetection {
        sections = List.copyOf(sections);
        counts = Map.copyOf(counts);
    }

    public static SectionDetection of(RepositorySurvey survey, Set<String> runbooks) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String path : runbooks) {
            headings(survey.lines(path)).forEach(h -> counts.merge(h, 1, Integer::sum));
        }
        List<String> sections = new ArrayList<>();
        if (runbooks.size() >= FEWEST) {
            counts.entrySet().stream()
                    .filter(e -> e.getValue() * 100L >= (long) PERCENT * runbooks.size())
                    .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> sections.add(e.getKey()));
        }
        return new SectionDetection(sections, counts, runbooks.size());
    }

    static Set<String> headings(List<String> lines) {
        Set<String> headings = new LinkedHashSet<>();
        String fence = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                String mark = t.substring(0, 3);
                fence = fence == null ? mark : fence.equals(mark) ? null : fence;
                continue;
            }
            if (fence == null && line.startsWith("## ")) {
                String h = line.substring(3).replaceAll("\\s+#+\\s*$", "").strip();
                if (!h.isEmpty()) {
                    headings.add(h);
                }
            }
        }
        return headings;
    }
}
