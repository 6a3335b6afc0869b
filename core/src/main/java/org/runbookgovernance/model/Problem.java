package org.runbookgovernance.model;

/**
 * Something wrong with the input itself, found while scanning or parsing (a binary file, malformed front
 * matter). The rule with {@code ruleId} turns it into a finding, so levels and waivers apply as usual.
 */
public record Problem(String ruleId, SourcePosition position, String message) {
}
