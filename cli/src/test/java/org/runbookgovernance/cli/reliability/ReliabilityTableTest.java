package org.runbookgovernance.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Reliability table promises that every row is a test: hold it to that. */
class ReliabilityTableTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TEST_CELL = Pattern.compile("`([\\w/]+)#(\\w+)`\\s*\\|\\s*$");

    @Test
    void everyRowNamesATestMethodThatExists() throws IOException {
        List<String> rows = reliabilityRows();
        assertThat(rows).as("rows of the README's Reliability table").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            Matcher m = TEST_CELL.matcher(row);
            if (!m.find()) {
                missing.add("no test named in: " + row);
                continue;
            }
            Path source = locate(m.group(1));
            if (source == null || !Files.readString(source, StandardCharsets.UTF_8)
                    .matches("(?s).*\\bvoid " + m.group(2) + "\\s*\\(.*")) {
                missing.add(m.group(1) + "#" + m.group(2));
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> reliabilityRows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Reliability");
        assertThat(start).as("a Reliability section in the README").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("| ") && !line.startsWith("| Case ")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** {@code reliability/LimitsTest} under the core's, the CLI's or the plugin's test sources. */
    private static Path locate(String relative) {
        for (String base : List.of("core/src/test/java/org/runbookgovernance/",
                "cli/src/test/java/org/runbookgovernance/cli/",
                "plugin/src/test/java/io/jenkins/plugins/runbookgovernance/")) {
            Path p = ROOT.resolve(base + relative + ".java");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
