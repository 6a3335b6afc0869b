// Compile-only stub of org.kohsuke.stapler:stapler 2088.v915606dc8e86 (pinned by jenkins-core 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.kohsuke.stapler.export;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stub: a getter or field the REST API exports. */
@Retention(RUNTIME)
@Documented
@Target({FIELD, METHOD})
public @interface Exported {
    int visibility() default 0;

    String name() default "";

    boolean inline() default false;

    boolean merge() default false;

    boolean skipNull() default false;

    String verboseMap() default "";
}
