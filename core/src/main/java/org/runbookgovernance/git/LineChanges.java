package org.runbookgovernance.git;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Lines changed between two versions of a Markdown file, split into metadata and content, from the diff
 * hunks. A replaced line counts once: each hunk counts the larger of its removed and added lines.
 */
record LineChanges(int content, int metadata) {

    private static final DiffAlgorithm DIFF = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    static LineChanges between(RawText before, MetadataBlock beforeMeta, RawText after, MetadataBlock afterMeta) {
        return between(before, beforeMeta, after, afterMeta, RawTextComparator.DEFAULT);
    }

    /** As {@link #between(RawText, MetadataBlock, RawText, MetadataBlock)}, lines compared by {@code lines}. */
    static LineChanges between(RawText before, MetadataBlock beforeMeta, RawText after, MetadataBlock afterMeta,
                               RawTextComparator lines) {
        EditList edits = DIFF.diff(lines, before, after);
        int content = 0;
        int metadata = 0;
        for (Edit e : edits) {
            int removedContent = 0;
            int removedMeta = 0;
            for (int i = e.getBeginA(); i < e.getEndA(); i++) {
                if (beforeMeta.isMetadata(i)) {
                    removedMeta++;
                } else {
                    removedContent++;
                }
            }
            int addedContent = 0;
            int addedMeta = 0;
            for (int i = e.getBeginB(); i < e.getEndB(); i++) {
                if (afterMeta.isMetadata(i)) {
                    addedMeta++;
                } else {
                    addedContent++;
                }
            }
            content += Math.max(removedContent, addedContent);
            metadata += Math.max(removedMeta, addedMeta);
        }
        return new LineChanges(content, metadata);
    }
}
