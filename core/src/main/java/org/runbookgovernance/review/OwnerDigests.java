package org.runbookgovernance.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.runbookgovernance.config.Config;

/**
 * The review plan split into one digest per owner: a runbook with several owners is in each one's digest, and
 * owners written differently by different sources ({@code @acme/dba-team}, {@code dba-team}) get one digest
 * (see {@link OwnerAddresses#key}). Runbooks without an owner get a digest of their own. A pure function of the
 * plan and the config: it reads no file.
 *
 * @param today       the plan's day
 * @param horizonDays the plan's horizon
 * @param owners      by owner's short form, {@link ReviewPlan#NO_OWNER} last
 * @param links       the web address of each runbook that has one, by its path
 */
public record OwnerDigests(LocalDate today, int horizonDays, List<OwnerDigest> owners, Map<String, String> links) {

    public static final String INDEX_FILE = "owners.json";

    /** Longest file name stem: well inside every file system's limit, with room for "-2" and ".md". */
    static final int MAX_STEM = 80;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    public OwnerDigests {
        owners = List.copyOf(owners);
        links = Map.copyOf(links);
    }

    public static OwnerDigests of(ReviewPlan plan, Config config) {
        return of(plan, OwnerAddresses.from(config), RunbookLinks.of(config));
    }

    static OwnerDigests of(ReviewPlan plan, OwnerAddresses addresses, RunbookLinks links) {
        Map<String, List<ReviewItem>> byKey = new TreeMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        for (ReviewItem item : plan.items()) {
            links.of(item).ifPresent(url -> urls.put(item.path(), url));
            if (item.owners().isEmpty()) {
                byKey.computeIfAbsent(ReviewPlan.NO_OWNER, k -> new ArrayList<>()).add(item);
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (String name : item.owners()) {
                String key = OwnerAddresses.key(name);
                names.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
                if (keys.add(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                }
            }
        }
        List<String> order = new ArrayList<>(byKey.keySet());
        if (order.remove(ReviewPlan.NO_OWNER)) {
            order.add(ReviewPlan.NO_OWNER);
        }
        Set<String> files = new HashSet<>();
        List<OwnerDigest> digests = new ArrayList<>();
        for (String key : order) {
            List<ReviewItem> items = new ArrayList<>(byKey.get(key));
            items.sort(ReviewPlan.ORDER);
            List<String> written = List.copyOf(names.getOrDefault(key, Set.of()));
            Optional<String> address = written.stream().map(addresses::addressOf).flatMap(Optional::stream)
                    .findFirst();
            digests.add(new OwnerDigest(key, written, address, fileName(key, files), items));
        }
        return new OwnerDigests(plan.today(), plan.horizonDays(), digests, new LinkedHashMap<>(urls));
    }

    /**
     * A file name safe on every file system and in a URL: lower-case letters, digits, '.', '-' and '_', no
     * leading dot, no device name; {@code no-owner.md} for runbooks without one; {@code -2}, {@code -3} when
     * two owners would share one.
     */
    static String fileName(String owner, Set<String> taken) {
        String stem;
        if (owner.equals(ReviewPlan.NO_OWNER)) {
            stem = "no-owner";
        } else {
            // accents dropped, not the letters: équipe is equipe
            stem = java.text.Normalizer.normalize(owner, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                    .replaceAll("^[-.]+|[-.]+$", "");
            if (stem.length() > MAX_STEM) {
                stem = stem.substring(0, MAX_STEM).replaceAll("[-.]+$", "");
            }
            if (stem.isEmpty()) {
                stem = "owner";
            }
            if (RESERVED.contains(stem) || RESERVED.contains(stem.split("\\.")[0])) {
                stem = stem + "-owner";
            }
        }
        String file = stem + ".md";
        for (int n = 2; !taken.add(file); n++) {
            file = stem + "-" + n + ".md";
        }
        return file;
    }
}
