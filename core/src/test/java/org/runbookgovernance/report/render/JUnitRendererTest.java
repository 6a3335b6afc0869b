package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.report.render.XmlDocuments.children;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Level;
import org.runbookgovernance.report.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitRendererTest {

    @Test
    void matchesTheGoldenOutput() {
        assertThat(Golden.render(ReportFormat.JUNIT)).isEqualTo(Golden.read("sample.xml"));
    }

    @Test
    void countsAgreeWithTheTestCases() {
        String xml = Golden.render(ReportFormat.JUNIT);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Element suites = XmlDocuments.parse(xml).getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("5");
        assertThat(suites.getAttribute("failures")).isEqualTo("3");
        int tests = 0;
        int failures = 0;
        for (Element suite : children(suites, "testsuite")) {
            List<Element> cases = children(suite, "testcase");
            long failing = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failing));
            assertThat(suite.getAttribute("errors")).isEqualTo("0");
            assertThat(suite.getAttribute("skipped")).isEqualTo("0");
            tests += cases.size();
            failures += (int) failing;
        }
        assertThat(tests).isEqualTo(5);
        assertThat(failures).isEqualTo(3);
        assertThat(children(suites, "testsuite")).extracting(s -> s.getAttribute("name"))
                .containsExactly("alerts", "freshness", "links", "metadata");
    }

    @Test
    void infoIsOutputNotFailureAndQuietRulesPass() {
        Element suites = XmlDocuments.parse(Golden.render(ReportFormat.JUNIT)).getDocumentElement();
        Element alerts = children(suites, "testsuite").get(0);
        Element quiet = children(alerts, "testcase").get(0);
        assertThat(quiet.getAttribute("name")).isEqualTo("alerts/alert-without-runbook");
        assertThat(quiet.getAttribute("classname")).isEqualTo("runbook-governance.alerts");
        assertThat(quiet.getChildNodes().getLength()).isZero();

        Element links = children(children(suites, "testsuite").get(2), "testcase").get(0);
        assertThat(links.getAttribute("name")).isEqualTo("links/dangling runbooks/RB-002.md");
        assertThat(children(links, "failure")).isEmpty();
        assertThat(children(links, "system-out").get(0).getTextContent())
                .startsWith("runbooks/RB-002.md:3: info: a|b\nc \"quotes\" & 'apos' bell\ufffd </script> 🚨\n");
    }

    @Test
    void failureCarriesTheMessageAndRuleAsType() {
        Element suites = XmlDocuments.parse(Golden.render(ReportFormat.JUNIT)).getDocumentElement();
        Element metadata = children(suites, "testsuite").get(3);
        Element first = children(metadata, "testcase").get(0);
        Element failure = children(first, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("metadata/missing-field");
        assertThat(failure.getAttribute("message")).isEqualTo("missing field: `Owner` is not set; add **Owner:** "
                + SampleReports.IMG + ".");
        assertThat(failure.getTextContent()).contains("docs: docs/rules/metadata/missing-field.md")
                .contains("metadata/missing-field: A required metadata field is missing.");
    }

    @Test
    void anyTextGivesWellFormedXmlAndAttributesKeepTheirLineBreaks() {
        String nasty = "x\u0001\u0008\u000b\u000c\ufffe\uffff\ud800 ]]> <![CDATA[ & \"q\" 'a'\n\ttabbed\r\nend";
        Report report = SampleReports.withFindings(List.of(
                SampleReports.finding("odd/rule\"<", Level.ERROR, "dir/<&>.md", 1, null, nasty),
                SampleReports.finding("odd/rule\"<", Level.WARNING, "dir/<&>.md", 2, null, "second")));
        Document doc = XmlDocuments.parse(ReportFormat.JUNIT.renderer(RenderOptions.plain()).render(report));
        Element testCase = children(children(doc.getDocumentElement(), "testsuite").get(0), "testcase").get(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("odd/rule\"< dir/<&>.md");
        Element failure = children(testCase, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo(
                "x\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd ]]> <![CDATA[ & \"q\" 'a'\n\ttabbed\r\nend (and 1 more)");
        assertThat(failure.getTextContent()).contains("dir/<&>.md:2: warning: second");
    }

    @Test
    void aReportWithNothingStillHasOnePassingTest() {
        Element suites = XmlDocuments.parse(ReportFormat.JUNIT.renderer(RenderOptions.plain())
                .render(SampleReports.empty())).getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("1");
        assertThat(suites.getAttribute("failures")).isEqualTo("0");
        Element only = children(children(suites, "testsuite").get(0), "testcase").get(0);
        assertThat(only.getAttribute("classname")).isEqualTo("runbook-governance");
        assertThat(only.getAttribute("name")).isEqualTo("no findings");
    }
}
