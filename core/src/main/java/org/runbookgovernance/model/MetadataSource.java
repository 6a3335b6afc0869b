package org.runbookgovernance.model;

/** Where a metadata value was written. */
public enum MetadataSource {
    /** YAML front matter between {@code ---} lines at the top of the file. */
    FRONT_MATTER,
    /** A bold label line such as {@code **Last Updated:** 2025-11-19}. */
    LABEL_LINE
}
