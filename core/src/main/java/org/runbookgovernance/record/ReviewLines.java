package org.runbookgovernance.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.MetadataSource;

/**
 * The review lines of one document rewritten: on every Last Review and Next Review line only the date is
 * replaced (a missing or placeholder value becomes the date), a Reviewed By value is replaced whole, and a
 * missing line is added in the form the document already uses. Every other character, line endings included,
 * is kept. A pure function of the text and the document parsed from it.
 */
final class ReviewLines {

    private static final Pattern DATE = Pattern.compile("(?<![0-9])\\d{4}-\\d{1,2}-\\d{1,2}(?![0-9])");
    private static final Pattern YAML_PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,@()'/_-]*");
    private static final String BOM = "\uFEFF";

    private final List<String> bodies = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();
    private final String bom;
    private final Document document;

    private ReviewLines(String text, Document document) {
        this.document = document;
        this.bom = text.startsWith(BOM) ? BOM : "";
        String t = text.substring(bom.length());
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                bodies.add(t.substring(start, i));
                endings.add(t.substring(i, end));
                i = end - 1;
                start = end;
            }
        }
        if (start < t.length()) {
            bodies.add(t.substring(start));
            endings.add("");
        }
    }

    /**
     * {@code text} with {@code review} written into it; {@code document} is {@code text} parsed (for a section
     * runbook, the section's view), whose entries say which lines hold what.
     *
     * @throws IllegalArgumentException with the reason when a review line cannot be rewritten in place
     */
    static String rewrite(String text, Document document, Review review) {
        return new ReviewLines(text, document).write(review);
    }

    private String write(Review review) {
        List<MetadataEntry> last = document.entries(MetadataKeys.LAST_REVIEW);
        List<MetadataEntry> next = document.entries(MetadataKeys.NEXT_REVIEW);
        List<MetadataEntry> by = document.entries(MetadataKeys.REVIEWED_BY);
        for (MetadataEntry e : last) {
            setDate(e, review.on());
        }
        for (MetadataEntry e : next) {
            setDate(e, review.next());
        }
        if (review.reviewer().isPresent()) {
            for (MetadataEntry e : by) {
                setValue(e, review.reviewer().get());
            }
        }
        boolean addReviewer = review.reviewer().isPresent() && by.isEmpty();
        List<Insertion> insertions = new ArrayList<>();
        if (last.isEmpty() && next.isEmpty()) {
            List<Field> fields = new ArrayList<>(List.of(new Field(Word.LAST, review.on().toString()),
                    new Field(Word.NEXT, review.next().toString())));
            if (addReviewer) {
                fields.add(new Field(Word.BY, review.reviewer().get()));
            }
            insertions.add(newBlock(fields));
        } else {
            List<MetadataEntry> present = new ArrayList<>(last);
            present.addAll(next);
            present.sort(Comparator.comparingInt(MetadataEntry::line));
            if (last.isEmpty()) {
                // The review itself is what Last Review records: a Next Review alone does not say when it was.
                MetadataEntry first = next.get(0);
                insertions.add(new Insertion(first.line() - 1, first, List.of(new Field(Word.LAST, review.on().toString())),
                        false, false));
            }
            if (addReviewer) {
                MetadataEntry after = present.get(present.size() - 1);
                insertions.add(new Insertion(after.line(), after, List.of(new Field(Word.BY, review.reviewer().get())),
                        false, false));
            }
        }
        insertions.sort(Comparator.comparingInt(Insertion::index).reversed());
        for (Insertion i : insertions) {
            insert(i);
        }
        StringBuilder out = new StringBuilder(bom);
        for (int i = 0; i < bodies.size(); i++) {
            out.append(bodies.get(i)).append(endings.get(i));
        }
        return out.toString();
    }

    /** Where a document that has no review line gets them: its front matter, its label lines, or under its title. */
    private Insertion newBlock(List<Field> fields) {
        int closing = frontMatterEnd();
        if (closing > 0) {
            MetadataEntry template = document.metadata().stream()
                    .filter(e -> e.source() == MetadataSource.FRONT_MATTER).findFirst().orElse(null);
            return new Insertion(closing, template, fields, false, false);
        }
        List<MetadataEntry> labels = document.metadata().stream()
                .filter(e -> e.source() == MetadataSource.LABEL_LINE).toList();
        if (!labels.isEmpty()) {
            MetadataEntry anchor = labels.stream().filter(e -> e.key().equals(MetadataKeys.LAST_UPDATED)).findFirst()
                    .orElse(labels.get(0));
            TreeSet<Integer> lines = new TreeSet<>();
            labels.forEach(e -> lines.add(e.line()));
            int end = anchor.line();
            while (lines.contains(end + 1)) {
                end++;
            }
            return new Insertion(end, anchor, fields, false, false);
        }
        if (document.titleLine() <= 0) {
            return new Insertion(0, null, fields, false, !bodies.isEmpty() && !bodies.get(0).isBlank());
        }
        int after = document.titleLine(); // the index of the line after the title
        if (after < bodies.size() && !bodies.get(after - 1).stripLeading().startsWith("#")
                && bodies.get(after).strip().matches("=+|-+")) {
            after++; // a setext title's underline
        }
        boolean blankFollows = after < bodies.size() && bodies.get(after).isBlank();
        return new Insertion(after, null, fields, true, !blankFollows && after < bodies.size());
    }

    /** The index of the closing front matter line, or -1 when the text has no front matter. */
    private int frontMatterEnd() {
        if (bodies.isEmpty() || !bodies.get(0).stripTrailing().equals("---")) {
            return -1;
        }
        for (int i = 1; i < bodies.size(); i++) {
            String l = bodies.get(i).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private void setDate(MetadataEntry e, LocalDate date) {
        int i = e.line() - 1;
        String line = bodies.get(i);
        int valueStart = valueStart(line, e.source());
        if (valueStart < 0) {
            throw new IllegalArgumentException("line " + e.line() + " does not read as `" + e.label() + "` and a value");
        }
        Matcher m = DATE.matcher(line).region(valueStart, line.length());
        if (m.find()) {
            bodies.set(i, line.substring(0, m.start()) + date + line.substring(m.end()));
        } else {
            setValue(e, date.toString());
        }
    }

    /** Replaces the value as written, keeping a note after it, a trailing comment or a hard line break. */
    private void setValue(MetadataEntry e, String value) {
        int i = e.line() - 1;
        String line = bodies.get(i);
        int valueStart = valueStart(line, e.source());
        if (valueStart < 0) {
            throw new IllegalArgumentException("line " + e.line() + " does not read as `" + e.label() + "` and a value");
        }
        boolean yaml = e.source() == MetadataSource.FRONT_MATTER;
        int from = valueStart;
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        int to = yaml ? yamlValueEnd(line, from) : labelValueEnd(line, from);
        String current = line.substring(from, to);
        if (yaml && (current.startsWith("|") || current.startsWith(">"))) {
            throw new IllegalArgumentException("line " + e.line() + " holds `" + e.label()
                    + "` as a block scalar; write it on one line as `" + e.label() + ": YYYY-MM-DD`");
        }
        String written = yaml ? yamlScalar(value) : value;
        String gap = from == valueStart && !written.isEmpty() ? " " : "";
        bodies.set(i, line.substring(0, from) + gap + written + line.substring(to));
    }

    /** Where a label line's value starts: after {@code **Label:**} or {@code **Label**:}; -1 when it has none. */
    static int valueStart(String line, MetadataSource source) {
        if (source == MetadataSource.FRONT_MATTER) {
            int colon = line.indexOf(':');
            return colon < 0 ? -1 : colon + 1;
        }
        int i = skipSpace(line, 0);
        if (i + 1 < line.length() && "-*+".indexOf(line.charAt(i)) >= 0 && Character.isWhitespace(line.charAt(i + 1))) {
            i = skipSpace(line, i + 1);
        }
        if (!line.startsWith("**", i) && !line.startsWith("__", i)) {
            return -1;
        }
        String delimiter = line.substring(i, i + 2);
        int close = line.indexOf(delimiter, i + 2);
        if (close < 0) {
            return -1;
        }
        if (line.substring(i + 2, close).endsWith(":")) {
            return close + 2;
        }
        return line.startsWith(":", close + 2) ? close + 3 : -1;
    }

    /** The end of a label value: before trailing space, a backslash line break and a "(monthly review)" note. */
    private static int labelValueEnd(String line, int from) {
        int to = trimEnd(line, from, line.length());
        if (to > from && line.charAt(to - 1) == '\\') {
            to = trimEnd(line, from, to - 1);
        }
        if (to > from && line.charAt(to - 1) == ')') {
            int depth = 0;
            for (int k = to - 1; k >= from; k--) {
                char c = line.charAt(k);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    int head = trimEnd(line, from, k);
                    return head > from ? head : to;
                }
            }
        }
        return to;
    }

    /** The end of a YAML value: before a {@code  # comment} and trailing space. */
    private static int yamlValueEnd(String line, int from) {
        int comment = line.indexOf(" #", from);
        int to = trimEnd(line, from, comment < 0 ? line.length() : comment);
        return line.startsWith("#", from) ? from : to;
    }

    private static String yamlScalar(String value) {
        if (YAML_PLAIN.matcher(value).matches()) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String line, int from, int to) {
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private void insert(Insertion insertion) {
        String eol = lineEnding(insertion.index());
        List<String> lines = new ArrayList<>();
        if (insertion.blankBefore()) {
            lines.add("");
        }
        for (Field f : insertion.fields()) {
            lines.add(format(insertion.template(), f));
        }
        if (insertion.blankAfter()) {
            lines.add("");
        }
        int at = insertion.index();
        if (at > 0 && at == bodies.size() && endings.get(at - 1).isEmpty()) {
            // After a last line with no line break: it gets one, and the new last line goes without.
            endings.set(at - 1, eol);
            for (int k = 0; k < lines.size(); k++) {
                bodies.add(lines.get(k));
                endings.add(k == lines.size() - 1 ? "" : eol);
            }
            return;
        }
        for (int k = 0; k < lines.size(); k++) {
            bodies.add(at + k, lines.get(k));
            endings.add(at + k, eol);
        }
    }

    /** The line ending of the line before {@code index}, else the text's first, else LF. */
    private String lineEnding(int index) {
        if (index > 0 && index - 1 < endings.size() && !endings.get(index - 1).isEmpty()) {
            return endings.get(index - 1);
        }
        return endings.stream().filter(x -> !x.isEmpty()).findFirst().orElse("\n");
    }

    /** A new line in the template's form: a front matter key in its spelling, or a label line in its markup. */
    private String format(MetadataEntry template, Field field) {
        if (template != null && template.source() == MetadataSource.FRONT_MATTER) {
            return keyFor(field.word(), template.label()) + ": " + yamlScalar(field.value());
        }
        String prefix = "";
        String delimiter = "**";
        boolean colonInside = true;
        String gap = " ";
        String end = "";
        boolean lower = false;
        if (template != null) {
            String line = bodies.get(template.line() - 1);
            int valueStart = valueStart(line, MetadataSource.LABEL_LINE);
            if (valueStart >= 0) {
                int i = skipSpace(line, 0);
                if ("-*+".indexOf(line.charAt(i)) >= 0 && Character.isWhitespace(line.charAt(i + 1))) {
                    i = skipSpace(line, i + 1);
                }
                prefix = line.substring(0, i);
                delimiter = line.substring(i, i + 2);
                colonInside = line.substring(i, valueStart).endsWith(":" + delimiter);
                gap = line.substring(valueStart, skipSpace(line, valueStart));
                String trimmed = line.stripTrailing();
                end = trimmed.endsWith("\\") ? "\\" : line.substring(trimmed.length()).length() >= 2 ? "  " : "";
                lower = template.label().equals(template.label().toLowerCase(Locale.ROOT));
            }
        }
        String label = lower ? field.word().title.toLowerCase(Locale.ROOT) : field.word().title;
        String head = colonInside ? delimiter + label + ":" + delimiter : delimiter + label + delimiter + ":";
        return prefix + head + gap + field.value() + end;
    }

    /** "last_review" in the spelling of {@code sample}: {@code last-review}, {@code lastReview}, {@code Last Review}. */
    static String keyFor(Word word, String sample) {
        String[] parts = word.title.split(" ");
        if (sample != null && sample.contains("-")) {
            return String.join("-", parts).toLowerCase(Locale.ROOT);
        }
        if (sample != null && sample.contains(" ")) {
            return word.title;
        }
        if (sample != null && !sample.contains("_") && sample.matches("[a-z]+[A-Z][A-Za-z]*")) {
            return parts[0].toLowerCase(Locale.ROOT) + parts[1] + (parts.length > 2 ? parts[2] : "");
        }
        return String.join("_", parts).toLowerCase(Locale.ROOT);
    }

    /** The review fields this writes, with the label a new line gets. */
    enum Word {
        LAST("Last Review"),
        NEXT("Next Review"),
        BY("Reviewed By");

        final String title;

        Word(String title) {
            this.title = title;
        }
    }

    private record Field(Word word, String value) {
    }

    /**
     * New lines to put before line {@code index} (0-based), written like {@code template} (a label line in
     * the seed's form when null), with a blank line before or after them.
     */
    private record Insertion(int index, MetadataEntry template, List<Field> fields, boolean blankBefore,
                             boolean blankAfter) {
    }
}
