package org.runbookgovernance.rules.links;

import java.util.Optional;
import org.runbookgovernance.model.RepositoryPaths;

/**
 * Link targets resolved the way {@link RepositoryPaths#resolveLink} does, faster for the plain targets
 * nearly every link has: a 10,000-runbook repository has some 60,000 links, most of them distinct.
 */
public final class LinkTargets {

    private LinkTargets() {
    }

    /**
     * {@link RepositoryPaths#resolveLink}{@code (fromFile, part)}, where {@code folder} is
     * {@code RepositoryPaths.folderOf(fromFile)}: plain targets (no escapes, backslashes or surrounding
     * space, as nearly every link is) are folded here without splitting into a list; others go the general way.
     */
    public static Optional<String> resolve(String fromFile, String folder, String part) {
        if (!plain(part)) {
            return RepositoryPaths.resolveLink(fromFile, part);
        }
        return fold(part.charAt(0) == '/' ? part : folder.concat(part));
    }

    /** No '%', '\\', '#', '?' and no space or control character at either end. */
    static boolean plain(String part) {
        if (part.isEmpty() || part.charAt(0) <= ' ' || part.charAt(part.length() - 1) <= ' '
                || Character.isWhitespace(part.charAt(0)) || Character.isWhitespace(part.charAt(part.length() - 1))) {
            return false;
        }
        return part.indexOf('%') < 0 && part.indexOf('\\') < 0 && part.indexOf('#') < 0 && part.indexOf('?') < 0;
    }

    /** {@link RepositoryPaths#normalize} of a path with '/' only: "." and empty segments dropped, ".." folded. */
    static Optional<String> fold(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int start = 0;
        int length = path.length();
        while (start <= length) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            int segment = end - start;
            if (segment == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                if (out.length() == 0) {
                    return Optional.empty();
                }
                int cut = out.lastIndexOf("/");
                out.setLength(cut < 0 ? 0 : cut);
            } else if (segment > 0 && !(segment == 1 && path.charAt(start) == '.')) {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(path, start, end);
            }
            start = end + 1;
        }
        return Optional.of(out.toString());
    }
}
