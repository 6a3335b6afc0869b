// Compile-only stub of org.kohsuke.stapler:stapler 2088.v915606dc8e86 (pinned by jenkins-core 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package org.kohsuke.stapler.export;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stub: a type whose {@link Exported} members the REST API (/api/json, /api/xml) writes (its @Indexed left out). */
@Retention(RUNTIME)
@Documented
@Inherited
@Target(TYPE)
public @interface ExportedBean {
    int defaultVisibility() default 1;
}
