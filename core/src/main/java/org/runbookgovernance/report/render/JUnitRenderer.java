package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.runbookgovernance.report.Finding;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;

/**
 * JUnit XML for Jenkins' {@code junit} step. One test suite per rule group; in it one test case per
 * (rule, file) with findings, failing on errors and warnings (info goes to {@code system-out}), and one
 * passing case per known rule that found nothing, so the test counts mean "rules checked". Written straight
 * into the sink, so a large report is never held in memory as one string.
 */
final class JUnitRenderer implements ReportRenderer {

    private static final String SUITE_PREFIX = Report.TOOL + ".";
    private static final String NOTHING_FOUND = "no findings";

    private final RenderOptions options;

    JUnitRenderer(RenderOptions options) {
        this.options = options;
    }

    /** One test case: a rule, and the file it is about (empty for a rule that found nothing). */
    private record Case(String ruleId, String path, List<Finding> findings) {

        boolean fails() {
            return findings.stream().anyMatch(f -> f.level() != Level.INFO);
        }
    }

    @Override
    public String render(Report report) {
        StringBuilder xml = new StringBuilder();
        try {
            render(report, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return xml.toString();
    }

    @Override
    public void render(Report report, Appendable xml) throws IOException {
        Map<String, Map<String, List<Case>>> groups = casesByGroupAndRule(report);
        if (groups.isEmpty()) {
            // the junit step rejects a report without tests, and "nothing to check" is a pass
            groups.put(Report.TOOL, Map.of(NOTHING_FOUND, List.of(new Case(NOTHING_FOUND, "", List.of()))));
        }
        List<Case> all = groups.values().stream().flatMap(rules -> rules.values().stream()).flatMap(List::stream).toList();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(XmlText.attribute(Report.TOOL)).append('"');
        counts(all, xml);
        xml.append(">\n");
        for (Map.Entry<String, Map<String, List<Case>>> group : groups.entrySet()) {
            List<Case> cases = group.getValue().values().stream().flatMap(List::stream).toList();
            xml.append("  <testsuite name=\"").append(XmlText.attribute(group.getKey())).append('"');
            counts(cases, xml);
            xml.append(">\n");
            for (Case c : cases) {
                testCase(group.getKey(), c, xml);
            }
            xml.append("  </testsuite>\n");
        }
        xml.append("</testsuites>\n");
    }

    /** Group, then rule id, then the rule's cases: sorted maps so the document is deterministic. */
    private Map<String, Map<String, List<Case>>> casesByGroupAndRule(Report report) {
        Map<String, Map<String, List<Finding>>> byRuleAndFile = new TreeMap<>();
        for (Finding f : report.findings()) {
            byRuleAndFile.computeIfAbsent(f.ruleId(), r -> new TreeMap<>())
                    .computeIfAbsent(f.position().path(), p -> new ArrayList<>()).add(f);
        }
        Set<String> ruleIds = new TreeSet<>(options.ruleSummaries().keySet());
        ruleIds.addAll(byRuleAndFile.keySet());
        Map<String, Map<String, List<Case>>> groups = new TreeMap<>();
        for (String ruleId : ruleIds) {
            List<Case> cases = new ArrayList<>();
            byRuleAndFile.getOrDefault(ruleId, Map.of())
                    .forEach((path, findings) -> cases.add(new Case(ruleId, path, findings)));
            if (cases.isEmpty()) {
                cases.add(new Case(ruleId, "", List.of()));
            }
            groups.computeIfAbsent(group(ruleId), g -> new TreeMap<>()).put(ruleId, cases);
        }
        return groups;
    }

    private static void counts(List<Case> cases, Appendable xml) throws IOException {
        long failures = cases.stream().filter(Case::fails).count();
        xml.append(" tests=\"").append(Integer.toString(cases.size())).append("\" failures=\"")
                .append(Long.toString(failures)).append("\" errors=\"0\" skipped=\"0\"");
    }

    private void testCase(String group, Case c, Appendable xml) throws IOException {
        String classname = group.equals(Report.TOOL) ? Report.TOOL : SUITE_PREFIX + group;
        String name = c.path().isEmpty() ? c.ruleId() : c.ruleId() + " " + c.path();
        xml.append("    <testcase classname=\"");
        XmlText.appendAttribute(classname, xml);
        xml.append("\" name=\"");
        XmlText.appendAttribute(name, xml);
        xml.append('"');
        if (c.findings().isEmpty()) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        List<Finding> failing = c.findings().stream().filter(f -> f.level() != Level.INFO).toList();
        List<Finding> info = c.findings().stream().filter(f -> f.level() == Level.INFO).toList();
        if (!failing.isEmpty()) {
            String message = failing.get(0).message()
                    + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : "");
            xml.append("      <failure message=\"");
            XmlText.appendAttribute(message, xml);
            xml.append("\" type=\"");
            XmlText.appendAttribute(c.ruleId(), xml);
            xml.append("\">");
            XmlText.appendText(details(c.ruleId(), failing), xml);
            xml.append("</failure>\n");
        }
        if (!info.isEmpty()) {
            xml.append("      <system-out>");
            XmlText.appendText(details(c.ruleId(), info), xml);
            xml.append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
    }

    /** Each finding on a line, then what the rule checks and where its docs are. */
    private String details(String ruleId, List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.position()).append(": ").append(f.level().label()).append(": ").append(f.message()).append('\n');
        }
        String summary = options.ruleSummaries().get(ruleId);
        if (summary != null) {
            text.append('\n').append(ruleId).append(": ").append(summary).append('\n');
        }
        options.docsLink(ruleId).ifPresent(link -> text.append("docs: ").append(link).append('\n'));
        return text.toString();
    }

    private static String group(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash > 0 ? ruleId.substring(0, slash) : ruleId;
    }
}
