package org.runbookgovernance.model;

/** A line holding double-encoded UTF-8 such as {@code âœ…} where {@code ✅} was meant. */
public record Mojibake(int line, String sample, String repaired) {
}
