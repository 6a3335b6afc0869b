// Compile-only stub of org.jenkins-ci.plugins.workflow:workflow-api 1413.v2ff1a_5e720fa_ (bom-2.541.x 6916.v15ec97679743).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.jenkinsci.plugins.workflow.flow;

/** Stub: a running pipeline (no members needed here). */
public abstract class FlowExecution {
}
