package org.runbookgovernance.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The wanted paths whose entries differ between a commit's tree and its one parent's, read from the raw
 * tree objects: what a recursive {@code TreeWalk} with {@code ANY_DIFF} and a path filter reports, for the
 * walk over history. Runbook folders are flat and large (thousands of files), and a commit changes a few:
 * identical stretches of two versions of a folder are passed over with one byte comparison instead of entry
 * by entry, and a folder read for one commit is kept for the next, whose parent side it usually is.
 */
final class TreeDiff {

    /** A wanted path that differs; an id is {@link ObjectId#zeroId()} on the side without the path. */
    @FunctionalInterface
    interface Changed {
        void path(String path, ObjectId newId, ObjectId oldId) throws IOException;
    }

    private static final byte[] EMPTY = new byte[0];
    /**
     * Raw trees kept for the next commit, up to this many bytes: a commit's changed folders, which are its
     * parent's side next (a folder of 1,000 runbooks is about 60 KB).
     */
    private static final int CACHE_BYTES = 4 << 20;

    private final ObjectReader reader;
    private final Map<ObjectId, byte[]> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    TreeDiff(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * Reports every path of {@code files} that differs between the two trees (in id or mode), descending
     * only into folders in {@code folders}, each given with a trailing '/' ("" for the root is implied).
     *
     * @param newTree the commit's tree
     * @param oldTree its parent's tree, or null for none (every entry is new)
     */
    void diff(ObjectId newTree, ObjectId oldTree, Set<String> files, Set<String> folders, Changed changed)
            throws IOException {
        try {
            diff(tree(newTree), oldTree == null ? EMPTY : tree(oldTree), "", files, folders, changed);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // An entry without its space, NUL or id runs off the end of its tree: the loops stop there.
            throw new CorruptObjectException("a tree under " + newTree.name() + " or " + (oldTree == null ? "none"
                    : oldTree.name()) + " is malformed (" + e.getMessage() + ")");
        }
    }

    private void diff(byte[] a, byte[] b, String prefix, Set<String> files, Set<String> folders, Changed changed)
            throws IOException {
        int pa = 0;
        int pb = 0;
        while (true) {
            // Identical bytes from here on are identical whole entries: an entry's end depends only on its bytes.
            int m = Arrays.mismatch(a, pa, a.length, b, pb, b.length);
            if (m < 0) {
                return;
            }
            while (pa < a.length && pb < b.length) {
                int end = entryEnd(a, pa);
                if (end - pa > m || end - pa != entryEnd(b, pb) - pb) {
                    break;
                }
                m -= end - pa;
                pb += end - pa;
                pa = end;
            }
            if (pa >= a.length && pb >= b.length) {
                return;
            }
            int order = pa >= a.length ? 1 : pb >= b.length ? -1 : compare(a, pa, b, pb);
            if (order == 0) {
                differs(a, pa, b, pb, prefix, files, folders, changed);
                pa = entryEnd(a, pa);
                pb = entryEnd(b, pb);
            } else if (order < 0) {
                only(a, pa, true, prefix, files, folders, changed);
                pa = entryEnd(a, pa);
            } else {
                only(b, pb, false, prefix, files, folders, changed);
                pb = entryEnd(b, pb);
            }
        }
    }

    /** The same name on both sides with different bytes: a different id or mode. */
    private void differs(byte[] a, int pa, byte[] b, int pb, String prefix, Set<String> files, Set<String> folders,
                         Changed changed) throws IOException {
        boolean treeA = isTree(a, pa);
        boolean treeB = isTree(b, pb);
        if (treeA && treeB) {
            String folder = prefix + name(a, pa) + "/";
            if (folders.contains(folder)) {
                diff(tree(id(a, pa)), tree(id(b, pb)), folder, files, folders, changed);
            }
            return;
        }
        // compare() orders a folder after the file of the same name, so both are files (or links) here.
        String path = prefix + name(a, pa);
        if (files.contains(path)) {
            changed.path(path, id(a, pa), id(b, pb));
        }
    }

    /** An entry on one side only: a file added or removed, or every file of a folder. */
    private void only(byte[] t, int p, boolean isNew, String prefix, Set<String> files, Set<String> folders,
                      Changed changed) throws IOException {
        if (isTree(t, p)) {
            String folder = prefix + name(t, p) + "/";
            if (folders.contains(folder)) {
                byte[] inside = tree(id(t, p));
                diff(isNew ? inside : EMPTY, isNew ? EMPTY : inside, folder, files, folders, changed);
            }
            return;
        }
        String path = prefix + name(t, p);
        if (files.contains(path)) {
            ObjectId id = id(t, p);
            changed.path(path, isNew ? id : ObjectId.zeroId(), isNew ? ObjectId.zeroId() : id);
        }
    }

    private byte[] tree(ObjectId id) throws IOException {
        byte[] raw = recent.get(id);
        if (raw == null) {
            raw = reader.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE);
            recent.put(id.copy(), raw);
            cachedBytes += raw.length;
            var oldest = recent.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && oldest.hasNext()) {
                cachedBytes -= oldest.next().getValue().length;
                oldest.remove();
            }
        }
        return raw;
    }

    // ---- raw tree entries: "<octal mode> <name>\0<20-byte id>", sorted as git sorts them ----

    private static int nameStart(byte[] t, int p) {
        int i = p;
        while (t[i] != ' ') {
            i++;
        }
        return i + 1;
    }

    private static int nameEnd(byte[] t, int p) {
        int i = nameStart(t, p);
        while (t[i] != 0) {
            i++;
        }
        return i;
    }

    private static int entryEnd(byte[] t, int p) {
        return nameEnd(t, p) + 1 + Constants.OBJECT_ID_LENGTH;
    }

    /** A folder: mode 40000 (a submodule's 160000 and a link's 120000 are entries of their own). */
    private static boolean isTree(byte[] t, int p) {
        return t[p] == '4' && t[p + 1] == '0' && t[p + 5] == ' ';
    }

    private static String name(byte[] t, int p) {
        int s = nameStart(t, p);
        return new String(t, s, nameEnd(t, p) - s, StandardCharsets.UTF_8);
    }

    private static ObjectId id(byte[] t, int p) {
        return ObjectId.fromRaw(t, nameEnd(t, p) + 1);
    }

    /** git's order: names byte by byte, a folder's name as if it ended in '/'. */
    private static int compare(byte[] a, int pa, byte[] b, int pb) {
        int sa = nameStart(a, pa);
        int ea = nameEnd(a, pa);
        int sb = nameStart(b, pb);
        int eb = nameEnd(b, pb);
        int n = Math.min(ea - sa, eb - sb);
        for (int i = 0; i < n; i++) {
            int d = (a[sa + i] & 0xFF) - (b[sb + i] & 0xFF);
            if (d != 0) {
                return d;
            }
        }
        int ca = ea - sa > n ? a[sa + n] & 0xFF : isTree(a, pa) ? '/' : 0;
        int cb = eb - sb > n ? b[sb + n] & 0xFF : isTree(b, pb) ? '/' : 0;
        return ca - cb;
    }
}
