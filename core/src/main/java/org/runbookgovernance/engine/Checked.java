package org.runbookgovernance.engine;

import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.report.Report;

/** A check's report together with the inventory it judged, for faces that show runbooks as well as findings. */
public record Checked(Inventory inventory, Report report) {
}
