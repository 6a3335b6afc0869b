// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.model;

/** Stub: a runnable job; only here because {@link Run}'s type parameters name it. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    protected Job(ItemGroup parent, String name) {
    }

    public RunT getLastBuild() {
        return null;
    }
}
