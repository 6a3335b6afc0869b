package org.runbookgovernance.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Link;

/**
 * Hugo's {@code ref} and {@code relref} shortcodes, in both forms: {@code [text]({{< ref "x.md" >}})} and
 * {@code {{% relref "../y/z.md#anchor" %}}}. Markdown sees no link there (the destination has spaces), so
 * they are read from the line; the target is the first argument, or the {@code path} parameter.
 */
final class HugoShortcodes {

    private static final Pattern REF = Pattern.compile(
            "\\{\\{([<%])\\s*(?:ref|relref)\\s+(?:path\\s*=\\s*)?(?:\"([^\"]*)\"|`([^`]*)`)[^}]*?[>%]\\}\\}");

    private HugoShortcodes() {
    }

    /** Adds the shortcode links of one Markdown line (numbered from 1) to {@code out}. */
    static void refs(String line, int lineNumber, List<Link> out) {
        Matcher m = REF.matcher(line);
        while (m.find()) {
            String target = m.group(2) != null ? m.group(2) : m.group(3);
            if (!target.isBlank() && !Anchors.insideCodeSpan(line, m.start())) {
                out.add(new Link(target.strip(), "", lineNumber));
            }
        }
    }
}
