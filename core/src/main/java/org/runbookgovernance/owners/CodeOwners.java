package org.runbookgovernance.owners;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Problem;
import org.runbookgovernance.model.ProblemIds;
import org.runbookgovernance.model.SourcePosition;

/**
 * A CODEOWNERS file in GitHub or GitLab syntax: {@code pattern owner...} lines, where the last matching line
 * wins. GitLab's {@code [Section]} headers (optionally {@code ^[Optional]}, {@code [Section][2]}, with default
 * owners after the header) each pick their own last match, and the owners of every section add up; a line
 * without owners in a section takes the section's defaults. A line that cannot be read is a problem naming its
 * line, and is skipped.
 */
final class CodeOwners {

    private static final Pattern SECTION = Pattern.compile("^\\^?\\[([^\\]]+)](?:\\[\\d+])?\\s*(.*)$");
    private static final Pattern OWNER = Pattern.compile("@[\\w.\\-]+(?:/[\\w.\\-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private record Entry(OwnerPattern pattern, List<String> owners, int line) {
    }

    private record Section(String name, List<String> defaults, List<Entry> entries) {
    }

    private final List<Section> sections;

    private CodeOwners(List<Section> sections) {
        this.sections = sections;
    }

    /** @param file the file's name in problems, relative to the checked folder */
    static CodeOwners parse(String text, String file, List<Problem> problems) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section("", List.of(), new ArrayList<>());
        sections.add(current);
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            int number = n + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = withoutComment(line);
            if (line.startsWith("[") || line.startsWith("^[")) {
                Matcher m = SECTION.matcher(line);
                if (!m.matches()) {
                    problems.add(problem(file, number, "section header `" + line + "` is not closed; write "
                            + "`[Section name]` or `^[Optional section]`"));
                    continue;
                }
                List<String> defaults = owners(m.group(2).strip(), file, number, problems);
                current = new Section(m.group(1).strip(), defaults, new ArrayList<>());
                sections.add(current);
                continue;
            }
            List<String> words = words(line);
            String pattern = words.get(0);
            if (pattern.startsWith("!") || pattern.contains("[") || pattern.contains("]")) {
                problems.add(problem(file, number, "pattern `" + pattern + "` uses `!` or `[ ]`, which CODEOWNERS "
                        + "does not support; list the paths instead"));
                continue;
            }
            List<String> owners = owners(String.join(" ", words.subList(1, words.size())), file, number, problems);
            current.entries().add(new Entry(OwnerPattern.of(pattern), owners, number));
        }
        return new CodeOwners(List.copyOf(sections));
    }

    /** The owners of {@code path} (relative to the repository root); empty when no line names any. */
    List<String> ownersOf(String path) {
        Set<String> owners = new LinkedHashSet<>();
        for (Section section : sections) {
            List<Entry> entries = section.entries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                if (e.pattern().matches(path)) {
                    owners.addAll(e.owners().isEmpty() ? section.defaults() : e.owners());
                    break;
                }
            }
        }
        return List.copyOf(owners);
    }

    private static List<String> owners(String text, String file, int line, List<Problem> problems) {
        List<String> owners = new ArrayList<>();
        for (String word : text.isEmpty() ? List.<String>of() : words(text)) {
            if (OWNER.matcher(word).matches()) {
                owners.add(word);
            } else {
                problems.add(problem(file, line, "owner `" + word + "` is neither `@user`, `@org/team` nor an email "
                        + "address; it is skipped"));
            }
        }
        return owners;
    }

    /** Words split at unescaped whitespace; {@code \ } keeps a space in a pattern. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                word.append(' ');
                i++;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Without a trailing {@code # comment}; {@code \#} is a literal '#'. */
    private static String withoutComment(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).strip();
            }
        }
        return line;
    }

    private static Problem problem(String file, int line, String message) {
        return new Problem(ProblemIds.MALFORMED_OWNERS, new SourcePosition(file, line), message);
    }
}
