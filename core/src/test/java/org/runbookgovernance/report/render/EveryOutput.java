package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.runbookgovernance.report.Report;

/** A renderer's three outputs (string, appendable, UTF-8 stream) must all be the same text. */
final class EveryOutput {

    private EveryOutput() {
    }

    static void assertRenders(ReportRenderer renderer, Report report, String expected) throws IOException {
        assertThat(renderer.render(report)).isEqualTo(expected);
        StringBuilder text = new StringBuilder();
        renderer.render(report, text);
        assertThat(text.toString()).isEqualTo(expected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(report, bytes);
        assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
}
