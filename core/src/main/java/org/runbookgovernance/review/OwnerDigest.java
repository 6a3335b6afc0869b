package org.runbookgovernance.review;

import java.util.List;
import java.util.Optional;
import org.runbookgovernance.model.ReviewState;

/**
 * What one owner is asked to review this round.
 *
 * @param owner    the owner's {@link OwnerAddresses#key short form}, or {@link ReviewPlan#NO_OWNER}
 * @param names    the owner as the runbooks' sources write it ({@code @acme/dba-team}, {@code dba-team}), sorted
 * @param address  where the digest goes, from {@code review.owners}; empty when no entry names the owner
 * @param file     the digest's file name, unique among the round's digests ({@code dba-team.md})
 * @param runbooks the owner's runbooks on the plan, in {@link ReviewPlan#ORDER}
 */
public record OwnerDigest(String owner, List<String> names, Optional<String> address, String file,
                          List<ReviewItem> runbooks) {

    public OwnerDigest {
        names = List.copyOf(names);
        runbooks = List.copyOf(runbooks);
    }

    public List<ReviewItem> in(ReviewState state) {
        return runbooks.stream().filter(r -> r.state() == state).toList();
    }

    public int count(ReviewState state) {
        return in(state).size();
    }

    public boolean isNoOwner() {
        return owner.equals(ReviewPlan.NO_OWNER);
    }
}
