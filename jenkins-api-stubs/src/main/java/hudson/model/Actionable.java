// Compile-only stub of org.jenkins-ci.main:jenkins-core 2.541.3 (public signatures identical at 2.568.2).
// Signatures only, as pinned in jenkins-api-stubs/src/test/resources/pinned-signatures.txt; never shipped.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stub: a model object that holds actions; the list is kept in memory. */
public abstract class Actionable {

    private final List<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    @NonNull
    public List<Action> getActions() {
        return actions;
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (Action a : getActions()) {
            if (type.isInstance(a)) {
                matching.add(type.cast(a));
            }
        }
        return matching;
    }

    public void addAction(@NonNull Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        getActions().add(a);
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        List<Action> same = new ArrayList<>();
        boolean found = false;
        for (Action existing : getActions()) {
            if (!found && a.equals(existing)) {
                found = true;
            } else if (existing.getClass() == a.getClass()) {
                same.add(existing);
            }
        }
        getActions().removeAll(same);
        if (!found) {
            addAction(a);
        }
        return !found || !same.isEmpty();
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : getActions()) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
