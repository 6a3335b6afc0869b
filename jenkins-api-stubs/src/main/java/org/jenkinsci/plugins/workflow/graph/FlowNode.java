// Compile-only stub of org.jenkins-ci.plugins.workflow:workflow-api 1413.v2ff1a_5e720fa_ (bom-2.541.x 6916.v15ec97679743).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/** Stub: one node of the pipeline graph, e.g. the node of a step call. */
public abstract class FlowNode extends Actionable {

    private final String id;

    protected FlowNode(FlowExecution exec, String id, List<FlowNode> parents) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    protected abstract String getTypeDisplayName();
}
