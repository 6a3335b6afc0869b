package org.runbookgovernance.rules;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Findings;
import org.runbookgovernance.model.Level;

/**
 * One check. A rule is a pure function of the inventory: it never reads files, calls git or looks at the
 * clock. Its id ({@code group/name}) is a public contract: output, suppressions and docs pages use it.
 */
public interface Rule {

    /** {@code group/name}, e.g. {@code freshness/overdue}. */
    String id();

    Level defaultLevel();

    /** One line for {@code rules} listings and SARIF rule metadata. */
    String summary();

    void check(Inventory inventory, Findings findings);

    default String group() {
        return id().substring(0, id().indexOf('/'));
    }

    /** The docs page, relative to the project root. */
    default String docsPath() {
        return "docs/rules/" + id() + ".md";
    }
}
