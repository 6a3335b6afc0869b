package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.report.Report;

/** Every format written as bytes for a file is its text in UTF-8, and the stream stays open for its owner. */
class ReportRendererBytesTest {

    static List<ReportFormat> checkFormats() {
        return ReportFormat.Output.CHECK.formats();
    }

    @ParameterizedTest
    @MethodSource("checkFormats")
    void bytesAreTheTextInUtf8(ReportFormat format) throws IOException {
        ReportRenderer renderer = format.renderer(Golden.options());
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller owns the stream");
            }
        };

        renderer.render(SampleReports.sample(), out);

        assertThat(out.toByteArray())
                .isEqualTo(renderer.render(SampleReports.sample()).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("checkFormats")
    void aLargeHostileReportIsTheSameTextStreamedOrWhole(ReportFormat format) throws IOException {
        Report large = LargeReports.large(new Random(5), 50, 200, 300);
        ReportRenderer renderer = format.renderer(Golden.options());
        String whole = renderer.render(large);

        StringBuilder text = new StringBuilder();
        renderer.render(large, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(large, bytes);

        assertThat(text.toString()).isEqualTo(whole);
        assertThat(bytes.toByteArray()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }
}
