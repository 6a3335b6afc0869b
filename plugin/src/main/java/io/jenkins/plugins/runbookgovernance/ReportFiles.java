package io.jenkins.plugins.runbookgovernance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.runbookgovernance.files.Replacement;

/**
 * Writes report files into the report folder of the workspace. Each file is written to a temporary file in
 * the same folder and then moved over the target, so a reader (the junit or recordIssues step) never sees
 * half a file.
 */
final class ReportFiles {

    private final Path workspace;
    private final Path folder;

    /** {@code folder} must already be known to lie inside {@code workspace}. */
    ReportFiles(Path workspace, Path folder) {
        this.workspace = workspace;
        this.folder = folder;
    }

    /** Writes {@code text} as {@code fileName} in the report folder; returns its workspace-relative path. */
    String write(String fileName, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return write(fileName, out -> out.write(bytes));
    }

    /** Text written into an {@link Appendable} as it is made. */
    @FunctionalInterface
    interface Text {
        void writeTo(Appendable out) throws IOException;
    }

    /** As {@link #write(String, String)}, the text streamed into the file as UTF-8 while it is made. */
    String writeText(String fileName, Text text) throws IOException {
        return write(fileName, out -> {
            // A strict encoder, as Files.writeString uses: unencodable text fails instead of becoming '?'.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            text.writeTo(writer);
            writer.flush();
        });
    }

    /** As {@link #write(String, String)}, streaming {@code content} into the file: a large report never sits in memory whole. */
    String write(String fileName, Replacement.Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName);
        Replacement.write(target, content);
        return workspace.relativize(target).toString().replace('\\', '/');
    }
}
