package org.runbookgovernance.git;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * A reader that keeps the trees it last read, up to a byte budget: walking history newest first, a commit's
 * trees are read again as the next commit's parent, and again when its renames are looked for. Other objects
 * go straight to the repository's reader.
 */
final class RecentTrees extends ObjectReader.Filter {

    private final ObjectReader reader;
    private final long budget;
    private long held;
    private final Map<ObjectId, byte[]> trees = new LinkedHashMap<>(256, 0.75f, true);

    RecentTrees(ObjectReader reader, long budget) {
        this.reader = reader;
        this.budget = budget;
    }

    @Override
    protected ObjectReader delegate() {
        return reader;
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int typeHint) throws IOException {
        if (typeHint != Constants.OBJ_TREE) {
            return reader.open(id, typeHint);
        }
        byte[] raw = trees.get(id);
        if (raw == null) {
            raw = reader.open(id, typeHint).getCachedBytes();
            held += raw.length;
            trees.put(id.copy(), raw);
            for (Iterator<byte[]> oldest = trees.values().iterator(); held > budget && oldest.hasNext(); ) {
                held -= oldest.next().length;
                oldest.remove();
            }
        }
        return new ObjectLoader.SmallObject(Constants.OBJ_TREE, raw);
    }
}
