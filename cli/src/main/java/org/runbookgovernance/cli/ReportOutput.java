package org.runbookgovernance.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.BadInputException;
import org.runbookgovernance.model.SourcePosition;

/** Where a rendered report goes: stdout, or a file replaced atomically so readers never see half a report. */
final class ReportOutput {

    private ReportOutput() {
    }

    /** Report text produced straight into a writer, so a large report never sits in memory as one string. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** As {@link #write(String, Path, PrintStream)}, streaming {@code text} instead of taking it whole. */
    static void write(Text text, Path file, PrintStream stdout) {
        if (file == null) {
            try (Writer out = new StdoutWriter(stdout)) {
                text.writeTo(out);
            } catch (IOException e) {
                // StdoutWriter never throws; PrintStream keeps its own error flag, as with print(String)
                throw new IllegalStateException(e);
            }
            return;
        }
        writeAtomically(file, text);
    }

    /** Report bytes (UTF-8) produced straight into a stream, with no text encoder in the way. */
    @FunctionalInterface
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * {@code bytes} into {@code file} atomically, or onto {@code stdout} when {@code file} is null: the CLI's
     * stdout is UTF-8 (see {@link Invocation}), so the bytes go out as they are, not decoded and encoded again.
     */
    static void writeBytes(Bytes bytes, Path file, PrintStream stdout) {
        if (file == null) {
            try {
                bytes.writeTo(stdout);
            } catch (IOException e) {
                // PrintStream never throws; it keeps its own error flag, as with print(String)
                throw new IllegalStateException(e);
            }
            stdout.flush();
            return;
        }
        writeBytesAtomically(file, bytes);
    }

    /** Prints to {@code stdout} when {@code file} is null, else writes the file atomically. */
    static void write(String text, Path file, PrintStream stdout) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        writeAtomically(file, text);
    }

    /** Writes a temp file next to the target and moves it over; on failure the old file stays as it was. */
    static void writeAtomically(Path file, String text) {
        writeAtomically(file, out -> out.write(text));
    }

    /** As {@link #writeAtomically(Path, String)}, streaming {@code text} into the temp file. */
    static void writeAtomically(Path file, Text text) {
        writeBytesAtomically(file, out -> {
            // Files.newBufferedWriter's strict encoder: unencodable text fails instead of becoming '?'
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            text.writeTo(writer);
            writer.flush();
        });
    }

    /** As {@link #writeAtomically(Path, Text)}, streaming UTF-8 {@code bytes} into the temp file. */
    static void writeBytesAtomically(Path file, Bytes bytes) {
        Path target = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Replacement.write(target, bytes::writeTo);
        } catch (IOException e) {
            throw new BadInputException(SourcePosition.file(file.toString()), "cannot write the report ("
                    + reason(e) + "); any existing file is left unchanged");
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return String.valueOf(e.getMessage());
    }

    /** Chunks printed through the stream's own charset, exactly as {@code stdout.print(String)} would. */
    private static final class StdoutWriter extends Writer {
        private final PrintStream stdout;

        StdoutWriter(PrintStream stdout) {
            this.stdout = stdout;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            stdout.print(new String(chars, offset, length));
        }

        @Override
        public void write(String text, int offset, int length) {
            stdout.print(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
        }

        @Override
        public Writer append(CharSequence text) {
            stdout.print(String.valueOf(text));
            return this;
        }

        @Override
        public void flush() {
            stdout.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
