package org.runbookgovernance.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page that only points elsewhere: not a runbook, so no sections, review or alert are asked of it. Its body is short
 * ({@link Document#shortBody}), and either
 * <ul>
 *   <li>it links somewhere and says the content went there ("has moved to", "was replaced by", "superseded by",
 *       "renamed to", "merged into", "deprecated in favour of", "see [the new runbook](…)"), or</li>
 *   <li>it is nothing but links, or</li>
 *   <li>it says the page itself is retired: a title marked "[Deprecated]" or "(retired)", or "this alert has been
 *       deprecated" in the body; a retired alert's page need not name a successor.</li>
 * </ul>
 * A page with a section heading of its own is not a pointer, unless its title retires it: a title marked
 * "[Deprecated]" retires the page whatever its length (a long page kept for old releases).
 * Words alone are not enough: "Deprecated APIs are requested, check [the audit log](…)" is a short runbook about
 * deprecated APIs, and is judged like any other.
 */
public final class PointerPage {

    private static final Pattern REDIRECT = Pattern.compile("\\b(?:"
            + "(?:has|have|was|were|been|is|are)\\s+(?:now\\s+)?(?:moved|migrated|relocated|replaced|superseded"
            + "|renamed|merged|deprecated|retired)"
            + "|(?:moved|migrated|relocated)\\s+(?:to|into)"
            + "|(?:replaced|superseded)\\s+by"
            + "|renamed\\s+to|merged\\s+into"
            + "|deprecated\\s+in\\s+fav(?:ou)?r\\s+of"
            + "|now\\s+(?:lives|maintained))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "See [the new runbook](…)" as the page's one line; "then see [the old procedure]" is an instruction. */
    private static final Pattern SEE_FIRST = Pattern.compile(
            "^(?:please\\s+)?see(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}\\s*:?\\s*(?:\\[|<?https?://)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RETIRED_TITLE = Pattern.compile(
            "[\\[(]\\s*(?:deprecated|retired|obsolete|removed)\\s*[])]|^\\s*(?:deprecated|retired|obsolete)\\s*[:—–-]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RETIRED_BODY = Pattern.compile(
            "\\bthis\\s+(?:alert|runbook|page|document)\\s+(?:has\\s+been|is|was|is\\s+now)\\s+"
                    + "(?:deprecated|retired|obsolete|removed)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LINK_MARKUP = Pattern.compile(
            "!?\\[[^\\]]*]\\([^)]*\\)|<(?:https?|mailto):[^>]*>|https?://\\S+|\\{\\{<[^>]*>}}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private PointerPage() {
    }

    /** Whether the document only points elsewhere (see the class comment). */
    public static boolean is(Document doc) {
        // A page its team titled "[Deprecated]" is kept for old releases, however long: nobody reviews it again.
        if (doc.title().filter(t -> RETIRED_TITLE.matcher(t).find()).isPresent()) {
            return true;
        }
        Optional<String> body = doc.shortBody();
        if (body.isEmpty()) {
            return false;
        }
        String text = body.get();
        if (RETIRED_BODY.matcher(text).find()) {
            return true;
        }
        // A page with sections of its own is a runbook, however short: "## Symptoms ... see [the status page]".
        if (!linksBelowTitle(doc) || doc.headings().stream().anyMatch(h -> h.level() >= 2)) {
            return false;
        }
        return REDIRECT.matcher(text).find() || !text.strip().contains("\n") && SEE_FIRST.matcher(text.strip()).find()
                || !WORD.matcher(LINK_MARKUP.matcher(text).replaceAll("")).find();
    }

    /** A Markdown link, or a Hugo {@code ref} (which Markdown does not read as a link target), below the title. */
    private static boolean linksBelowTitle(Document doc) {
        for (List<Link> links : List.of(doc.links(), doc.shortcodeLinks())) {
            for (Link link : links) {
                if (link.line() > doc.titleLine()) {
                    return true;
                }
            }
        }
        return false;
    }
}
