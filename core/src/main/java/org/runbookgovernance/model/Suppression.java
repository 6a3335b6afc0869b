package org.runbookgovernance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A waiver for one rule (or a rule group with {@code group/*}, or {@code *}), written in a runbook or in
 * the config; {@code until} empty means it never expires.
 */
public record Suppression(String rule, Optional<LocalDate> until, String reason, SourcePosition position) {

    public boolean covers(String ruleId) {
        if (rule.equals("*") || rule.equals(ruleId)) {
            return true;
        }
        return rule.endsWith("/*") && ruleId.startsWith(rule.substring(0, rule.length() - 1));
    }

    public boolean expiredOn(LocalDate today) {
        return until.isPresent() && until.get().isBefore(today);
    }
}
