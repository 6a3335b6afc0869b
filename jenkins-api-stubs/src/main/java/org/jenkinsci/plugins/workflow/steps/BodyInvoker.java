// Compile-only stub of org.jenkins-ci.plugins.workflow:workflow-step-api 724.v538c2362b_dfb_ (bom-2.541.x 6916.v15ec97679743).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.jenkinsci.plugins.workflow.steps;

/** Stub: schedules a step's block body (no members needed here). */
public abstract class BodyInvoker {
}
