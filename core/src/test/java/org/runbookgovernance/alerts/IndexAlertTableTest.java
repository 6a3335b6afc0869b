package org.runbookgovernance.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.model.Alert;

class IndexAlertTableTest {

    @Test
    void linesAreWhatTheRegularExpressionSplitGave() {
        for (String text : List.of("", "\n", "\r\n", "a", "a\n", "a\r\nb", "a\rb\n", "\r", "\r\r\n", "a\n\r\n",
                "\n\n", "x\r")) {
            assertThat(IndexAlertTable.lines(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(text.split("\r?\n", -1));
        }
        Random random = new Random(11);
        char[] alphabet = {'a', ' ', '\r', '\n', '|', '#'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(IndexAlertTable.lines(text.toString())).containsExactly(text.toString().split("\r?\n", -1));
        }
    }

    @Test
    void findsTheTableUnderAHeadingIndentedUpToThreeSpacesOnly() {
        String table = "\n| Alert | Runbook |\n|---|---|\n| `DiskFull` | [RB-003](incidents/RB-003-DISK.md) |\n";
        assertThat(names(IndexAlertTable.read("   ## By Alert Name" + table, "README.md"))).containsExactly("DiskFull");
        assertThat(names(IndexAlertTable.read("\t## By Alert Name" + table, "README.md"))).containsExactly("DiskFull");
        assertThat(IndexAlertTable.read("    ## By Alert Name" + table, "README.md")).isEmpty();
        assertThat(IndexAlertTable.read("```\n## By Alert Name" + table + "```\n", "README.md")).isEmpty();
        assertThat(IndexAlertTable.read("  ~~~\n## By Alert Name" + table, "README.md")).isEmpty();
    }

    private static List<String> names(List<Alert> alerts) {
        return alerts.stream().map(Alert::name).toList();
    }
}
