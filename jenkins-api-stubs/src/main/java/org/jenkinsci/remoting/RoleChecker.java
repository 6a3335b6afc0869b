// Compile-only stub of org.jenkins-ci.main:remoting 3355.3357.v931d3c992987 (pinned by jenkins-core 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.jenkinsci.remoting;

/** Stub: verifies roles of callables crossing a channel (no members needed here). */
public abstract class RoleChecker {
}
