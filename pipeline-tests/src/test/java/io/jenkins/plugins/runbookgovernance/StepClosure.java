package io.jenkins.plugins.runbookgovernance;

import groovy.lang.Closure;
import java.util.function.Function;

/**
 * A Groovy closure written in Java, for JenkinsPipelineUnit's registerAllowedMethod: it takes the call's
 * arguments as one array whatever their number, which JPU's own Function adapter does not.
 */
public final class StepClosure extends Closure<Object> {

    private static final long serialVersionUID = 1L;

    private final transient Function<Object[], Object> body;

    StepClosure(Object owner, Function<Object[], Object> body) {
        super(owner);
        this.body = body;
    }

    public Object doCall(Object... args) {
        return body.apply(args == null ? new Object[] {null} : args);
    }

    /** Lets checked exceptions from Groovy code pass through Java lambdas unchanged. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
