package org.runbookgovernance.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Expected outputs kept next to the tests, compared byte for byte. */
final class Golden {

    private Golden() {
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderOptions options() {
        return new RenderOptions(false, SampleReports.summaries(), "docs/rules/");
    }

    static String render(ReportFormat format) {
        return format.renderer(options()).render(SampleReports.sample());
    }
}
