package org.runbookgovernance.index;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.runbookgovernance.model.RepositoryPaths;

/** Repository-relative paths as an index writes and reads them: "./incidents/RB-001.md" from README.md. */
public final class IndexPaths {

    private IndexPaths() {
    }

    /** The folder of a repository-relative path, "" at the root. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** A link from a document in {@code fromFolder} to {@code target}: "./x.md", "../x.md". */
    public static String link(String fromFolder, String target) {
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        if (out.length() == 0) {
            out.append("./");
        }
        for (int i = common; i < to.length; i++) {
            out.append(encode(to[i]));
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /**
     * Resolves a link written in a document in {@code fromFolder} to a repository-relative path, without
     * fragment or query; empty for external links, pure anchors, and paths leaving the repository.
     */
    public static Optional<String> resolve(String fromFolder, String target) {
        String t = target.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("?") || t.contains(":") || t.startsWith("//")) {
            return Optional.empty();
        }
        String from = fromFolder.isEmpty() ? "index.md" : fromFolder + "/index.md";
        return RepositoryPaths.resolveLink(from, t).filter(p -> !p.isEmpty());
    }

    /** Percent-encodes what would end a Markdown link target or break a URL; keeps '/' out (one segment). */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'*+,;=@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return out.toString();
    }

    /** A URL for a repository path under {@code base}; the path encoded segment by segment. */
    public static String url(String base, String path) {
        // A '#' starts a section runbook's anchor (documents.runbook_sections): kept as a fragment, not encoded.
        int hash = path.indexOf('#');
        if (hash >= 0) {
            return url(base, path.substring(0, hash)) + path.substring(hash);
        }
        StringBuilder out = new StringBuilder(base);
        if (!base.endsWith("/")) {
            out.append('/');
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            out.append(encode(segments[i]));
            if (i < segments.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
