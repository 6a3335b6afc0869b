// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.util;

import java.io.IOException;

/** Stub: the verdict of a {@code doCheck...} method. As on the real class, the message is kept HTML-escaped. */
public abstract class FormValidation extends IOException {

    private static final long serialVersionUID = 1L;

    /** Stub: the kind of verdict. */
    public enum Kind {
        OK, WARNING, ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation error(String message) {
        return of(Kind.ERROR, message);
    }

    public static FormValidation warning(String message) {
        return of(Kind.WARNING, message);
    }

    public static FormValidation ok(String message) {
        return of(Kind.OK, message);
    }

    public static FormValidation ok() {
        return of(Kind.OK, null);
    }

    public abstract String renderHtml();

    private static FormValidation of(Kind kind, String message) {
        String html = message == null ? null : message.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#039;");
        return new FormValidation(kind, html) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return html == null ? "<div/>" : "<div class=" + kind.name().toLowerCase(java.util.Locale.ROOT) + ">" + html + "</div>";
            }
        };
    }
}
