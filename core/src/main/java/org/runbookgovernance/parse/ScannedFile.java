package org.runbookgovernance.parse;

import java.nio.file.Path;
import org.runbookgovernance.model.DocumentKind;

/**
 * A Markdown file the scanner accepted.
 *
 * @param path relative to the repository root, with '/'
 * @param kind from the config globs
 * @param file where to read it (may be a symlink inside the repository)
 */
public record ScannedFile(String path, DocumentKind kind, Path file) {
}
