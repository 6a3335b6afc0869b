package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.RandomStrings;
import org.runbookgovernance.model.Link;

/**
 * Broken's external shortcut against {@link Link#isExternal}: over the named edge cases, one test case each, and
 * over seeded random strings inside one test; every target is asserted on.
 */
class ExternalShortcutTest {

    /** Strings over the characters that matter to folding, with a fixed seed. */
    private static final List<String> RANDOM = RandomStrings.of(
            new char[] {'a', 'b', 'h', 't', 'p', ':', '.', '.', '/', '/', '\\', '%', '2', '0', '#', '?', ' ', 'é'},
            3000, 12, 20261127L);

    static Stream<String> edgeCases() {
        return Stream.of("", ".", "..", "./", "../", "/", "//", "x.md", "./x.md",
                "../x.md", "../../x.md", "../../../x.md", "../../../../../x.md", "/x.md", "/../x.md", "a//b.md",
                "a/./b.md", "a/../b.md", "a/b/../../..", "x/..", "x/../..", "dir/", "dir//", "...", "..x", ".x",
                "a/.../b", "  x.md", "x.md ", "\tx.md", "x.md\n", "\u2003x.md", "x.md\u00a0", "x%20y.md", "%2e%2e/x.md",
                "a\\b.md", "..\\x.md", "x.md?plain=1", "x.md#h", "ü/ß.md", "../ü.md", "incidents/./RB-001.md",
                "../edge/RB-04655-DATABASE-ERROR-RATE.md", "../../INCIDENT_RESPONSE_FRAMEWORK.md",
                "./incidents/identity/RB-01046-DATABASE-REPLICATION-LAG.md", "a/b/", "./", ".//.", "\0x.md",
                "HTTPS://x", "http:x", ".http://x", "#http://x", "//cdn/x.md", "./mailto:x", "MailTo:x", "#tel:1");
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void skipsTheExternalTestOnlyForTargetsThatCannotBeExternal(String target) {
        assertShortcutIsSound(target);
    }

    @Test
    void theExternalShortcutIsSoundAndSettlesManyRandomTargets() {
        RANDOM.forEach(ExternalShortcutTest::assertShortcutIsSound);
        assertThat(RANDOM.stream().filter(t -> !Broken.mayBeExternal(new Link(t, "text", 1))).count())
                .as("targets the shortcut settles").isGreaterThan(RANDOM.size() / 10);
    }

    /** A target the shortcut calls not external must not be external. */
    private static void assertShortcutIsSound(String target) {
        Link link = new Link(target, "text", 1);
        assertThat(Broken.mayBeExternal(link) || !link.isExternal()).as("'%s' is external but skipped", target)
                .isTrue();
    }
}
