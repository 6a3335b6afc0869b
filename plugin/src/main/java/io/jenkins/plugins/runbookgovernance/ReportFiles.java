package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.runbookgovernance.report.Report;
import org.runbookgovernance.report.render.RenderOptions;
import org.runbookgovernance.report.render.Renderers;
import org.runbookgovernance.report.render.ReportFormat;

/**
 * Writes report files into the workspace. Each file is written to a temporary file in the same folder and
 * then moved over the target, so a reader (the junit or recordIssues step) never sees half a file.
 */
final class ReportFiles {

    private final Path workspace;
    private final Path folder;

    /** {@code folder} must already be known to lie inside {@code workspace}. */
    ReportFiles(Path workspace, Path folder) {
        this.workspace = workspace;
        this.folder = folder;
    }

    /** Writes one file per format, named after the step; returns their workspace-relative paths. */
    List<String> write(String baseName, Report report, List<ReportFormat> formats, RenderOptions options)
            throws IOException {
        List<String> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(folder);
        for (ReportFormat format : formats) {
            String name = baseName + (format == ReportFormat.JUNIT ? "-junit." : ".") + format.fileExtension();
            Path target = folder.resolve(name);
            writeAtomically(target, Renderers.of(format, options).render(report));
            written.add(workspace.relativize(target).toString().replace('\\', '/'));
        }
        return written;
    }

    static void writeAtomically(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
