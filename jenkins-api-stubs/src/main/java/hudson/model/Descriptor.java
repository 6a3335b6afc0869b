// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Stub: metadata about a describable type. */
public abstract class Descriptor<T extends Describable<T>> {

    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz;
    }

    /** Infers the type from the enclosing class, which is why descriptors are nested. */
    @SuppressWarnings("unchecked")
    protected Descriptor() {
        Class<?> outer = getClass().getEnclosingClass();
        if (outer == null) {
            throw new AssertionError(getClass() + " doesn't have an outer class; use the constructor that takes the Class");
        }
        this.clazz = (Class<? extends T>) outer;
    }

    @NonNull
    public String getDisplayName() {
        return clazz.getSimpleName();
    }
}
