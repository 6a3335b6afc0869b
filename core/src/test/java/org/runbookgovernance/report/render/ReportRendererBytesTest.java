package org.runbookgovernance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format written as bytes for a file is its text in UTF-8, and the stream stays open for its owner. */
class ReportRendererBytesTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void bytesAreTheTextInUtf8(ReportFormat format) throws IOException {
        ReportRenderer renderer = Renderers.of(format, Golden.options());
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
}
