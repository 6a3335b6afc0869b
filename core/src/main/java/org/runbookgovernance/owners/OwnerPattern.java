package org.runbookgovernance.owners;

import java.util.regex.Pattern;

/**
 * One CODEOWNERS path pattern, read as GitHub documents it (gitignore style): a leading {@code /} or a
 * {@code /} inside anchors it at the repository root, else it matches at any depth; a trailing {@code /}
 * matches a folder and everything in it; {@code *} stays within one folder, {@code **} crosses them; a pattern
 * that names a folder covers the files below it, except {@code dir/*}, which covers only the files directly in it.
 */
final class OwnerPattern {

    private final String text;
    private final Pattern regex;
    private final boolean folderOnly;
    private final boolean directChildrenOnly;

    private OwnerPattern(String text, Pattern regex, boolean folderOnly, boolean directChildrenOnly) {
        this.text = text;
        this.regex = regex;
        this.folderOnly = folderOnly;
        this.directChildrenOnly = directChildrenOnly;
    }

    static OwnerPattern of(String text) {
        String p = text;
        boolean folderOnly = p.endsWith("/") && p.length() > 1;
        if (folderOnly) {
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.startsWith("/") || p.contains("/") && !p.startsWith("**/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        boolean directChildrenOnly = p.endsWith("/*");
        StringBuilder r = new StringBuilder("^");
        if (!anchored) {
            r.append("(?:.*/)?");
        }
        int i = 0;
        if (p.startsWith("**/")) {
            i = 3;
        }
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
                r.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                r.append("[^/]*");
            } else if (c == '?') {
                r.append("[^/]");
            } else if (c == '\\' && i + 1 < p.length()) {
                r.append(Pattern.quote(String.valueOf(p.charAt(++i))));
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        r.append('$');
        return new OwnerPattern(text, Pattern.compile(r.toString()), folderOnly, directChildrenOnly);
    }

    /** Whether the file at {@code path} (relative to the repository root, with '/') is covered. */
    boolean matches(String path) {
        if (!folderOnly && regex.matcher(path).matches()) {
            return true;
        }
        if (directChildrenOnly) {
            return false;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (regex.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
