package org.runbookgovernance.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test files into a repository folder, creating the folders on the way. */
final class TreeFiles {

    private TreeFiles() {
    }

    static void write(Path repo, String path, String text) throws IOException {
        write(repo, path, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path repo, String path, byte[] bytes) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
