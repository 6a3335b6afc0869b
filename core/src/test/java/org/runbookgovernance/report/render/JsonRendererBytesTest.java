package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runbookgovernance.report.render.JsonTestParser.array;
import static org.runbookgovernance.report.render.JsonTestParser.object;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runbookgovernance.report.Report;

/** The JSON report as bytes for a file is exactly its text, for a large hostile report too. */
class JsonRendererBytesTest {

    private static final Report LARGE = LargeReports.large(new Random(7), 300, 1_000, 700);
    private static final String WHOLE = new JsonRenderer().render(LARGE);

    @Test
    void bytesForAFileMatchTheGoldenOutput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.JSON.renderer(Golden.options()).render(SampleReports.sample(), out);
        assertThat(out.toByteArray()).isEqualTo(Golden.read("sample.json").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLargeReportIsOneValidDocument() {
        Map<String, Object> root = object(JsonTestParser.parse(WHOLE));
        assertThat(array(root.get("runbooks"))).hasSize(300);
        assertThat(array(root.get("alerts"))).hasSize(1_000);
        assertThat(array(root.get("findings"))).hasSize(700);
        assertThat(WHOLE).endsWith("}\n").doesNotContain("</").doesNotContain("\u2028");
    }

    @Test
    void everyOutputGivesTheSameText() throws IOException {
        EveryOutput.assertRenders(ReportFormat.JSON.renderer(RenderOptions.plain()), LARGE, WHOLE);
    }

    @Test
    void anEmptyReportStreamedIsItsText() throws IOException {
        EveryOutput.assertRenders(new JsonRenderer(), SampleReports.empty(), new JsonRenderer().render(SampleReports.empty()));
    }

    @Test
    void aFailingStreamIsAnIoException() {
        OutputStream full = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> new JsonRenderer().render(LARGE, full))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
    }
}
