package org.runbookgovernance.model;

import java.util.Objects;

/** A place in the repository: a path relative to its root, with '/', and a 1-based line (0 = whole file). */
public record SourcePosition(String path, int line) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0);
    }

    public SourcePosition atLine(int newLine) {
        return new SourcePosition(path, newLine);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path;
    }
}
