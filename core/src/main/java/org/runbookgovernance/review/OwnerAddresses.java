package org.runbookgovernance.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.config.ConfigLoader;

/**
 * Where each owner's review digest goes: {@code review.owners} maps an owner or team to a mail address. An
 * owner, whether from runbook metadata, CODEOWNERS or an OWNERS file, is looked up as written (ignoring case),
 * else by its {@link #key short form}, so {@code @acme/dba-team}, {@code dba-team} and {@code DBA-Team} share
 * {@code dba-team: dba@example.com}. Two configured names with one short form are found only as written. An
 * owner that is a mail address itself (CODEOWNERS allows that) is its own address unless mapped.
 */
public final class OwnerAddresses {

    public static final OwnerAddresses NONE = new OwnerAddresses(Map.of());

    private final Map<String, String> asWritten = new HashMap<>();
    private final Map<String, String> byKey = new HashMap<>();

    private OwnerAddresses(Map<String, List<String>> configured) {
        Set<String> ambiguous = new HashSet<>();
        configured.forEach((name, addresses) -> {
            String address = String.join(", ", addresses);
            asWritten.put(name.strip().toLowerCase(Locale.ROOT), address);
            String key = key(name);
            if (byKey.containsKey(key) && !byKey.get(key).equals(address)) {
                ambiguous.add(key);
            }
            byKey.put(key, address);
        });
        ambiguous.forEach(byKey::remove);
    }

    /** The {@code review.owners} of a config as {@link ConfigLoader} checked them; none when absent. */
    @SuppressWarnings("unchecked")
    public static OwnerAddresses from(Config config) {
        Object owners = config.section(ConfigLoader.REVIEW_SECTION).get(ConfigLoader.OWNERS);
        return owners instanceof Map<?, ?> m ? new OwnerAddresses((Map<String, List<String>>) m) : NONE;
    }

    /** As {@code review.owners} would say it, for tests and callers that build a config by hand. */
    public static OwnerAddresses of(Map<String, List<String>> owners) {
        return new OwnerAddresses(owners);
    }

    /**
     * The short form owners are matched and grouped by: lower case, without a leading {@code @} and an
     * organisation or group path ({@code @acme/platform/dba-team} is {@code dba-team}); a mail address stays whole.
     */
    public static String key(String owner) {
        String name = owner.strip().toLowerCase(Locale.ROOT);
        if (isMailAddress(name)) {
            return name;
        }
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        int slash = name.lastIndexOf('/');
        return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
    }

    /** The address for an owner as written; a mail address that no entry maps is its own. */
    public Optional<String> addressOf(String owner) {
        String name = owner.strip().toLowerCase(Locale.ROOT);
        String address = asWritten.get(name);
        if (address == null) {
            address = byKey.get(key(owner));
        }
        if (address == null && isMailAddress(name)) {
            address = owner.strip();
        }
        return Optional.ofNullable(address);
    }

    private static boolean isMailAddress(String name) {
        return name.indexOf('@') > 0 && name.indexOf('/') < 0;
    }
}
