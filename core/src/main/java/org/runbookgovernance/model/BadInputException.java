package org.runbookgovernance.model;

/**
 * Input the engine cannot work with (a config that does not parse, a directory that does not exist).
 * The message names the file and line and says what was expected; faces print it without a stack trace.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SourcePosition position;

    public BadInputException(SourcePosition position, String message) {
        super(position == null ? message : position + ": " + message);
        this.position = position;
    }

    public BadInputException(SourcePosition position, String message, Throwable cause) {
        super(position == null ? message : position + ": " + message, cause);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }
}
