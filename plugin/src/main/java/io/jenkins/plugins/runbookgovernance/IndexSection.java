package io.jenkins.plugins.runbookgovernance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One category of the generated index ("Database Issues (P0-P2)") and its runbooks (a bean, for XStream and Jelly). */
public final class IndexSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final ArrayList<IndexEntry> entries;

    public IndexSection(String title, List<IndexEntry> entries) {
        this.title = title;
        this.entries = new ArrayList<>(entries);
    }

    public String getTitle() {
        return title;
    }

    public List<IndexEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }
}
