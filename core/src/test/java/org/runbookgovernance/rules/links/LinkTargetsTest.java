package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.RandomStrings;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RepositoryPaths;

/**
 * Differential: {@link LinkTargets} against the general {@link RepositoryPaths#resolveLink}, and Broken's
 * external shortcut against {@link Link#isExternal}. Each property runs over the named edge cases, one test case
 * each, and over seeded random strings inside one test; every target is asserted on.
 */
class LinkTargetsTest {

    private static final List<String> FROM = List.of("README.md", "incidents/RB-001.md",
            "incidents/identity/RB-002.md", "a/b/c/d.md");

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
    void resolvesAsTheGeneralPathDoes(String target) {
        assertResolvesAsTheGeneralPath(target);
    }

    @Test
    void resolvesRandomTargetsAsTheGeneralPathDoes() {
        RANDOM.forEach(LinkTargetsTest::assertResolvesAsTheGeneralPath);
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void skipsTheExternalTestOnlyForTargetsThatCannotBeExternal(String target) {
        assertShortcutIsSound(target);
    }

    @Test
    void theExternalShortcutIsSoundAndSettlesManyRandomTargets() {
        RANDOM.forEach(LinkTargetsTest::assertShortcutIsSound);
        assertThat(RANDOM.stream().filter(t -> !Broken.mayBeExternal(new Link(t, "text", 1))).count())
                .as("targets the shortcut settles").isGreaterThan(RANDOM.size() / 10);
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void foldsPlainPathsAsNormalizeDoes(String path) {
        assertFoldsAsNormalize(path);
    }

    @Test
    void foldsRandomPlainPathsAsNormalizeDoes() {
        RANDOM.forEach(LinkTargetsTest::assertFoldsAsNormalize);
        assertThat(RANDOM.stream().filter(LinkTargets::plain).count()).as("plain paths among the random ones")
                .isGreaterThan(100);
    }

    private static void assertResolvesAsTheGeneralPath(String target) {
        for (String from : FROM) {
            assertThat(LinkTargets.resolve(from, RepositoryPaths.folderOf(from), target))
                    .as("from %s to '%s'", from, target)
                    .isEqualTo(RepositoryPaths.resolveLink(from, target));
        }
    }

    /** A target the shortcut calls not external must not be external. */
    private static void assertShortcutIsSound(String target) {
        Link link = new Link(target, "text", 1);
        assertThat(Broken.mayBeExternal(link) || !link.isExternal()).as("'%s' is external but skipped", target)
                .isTrue();
    }

    /** A plain path folds as the general normalisation does; any other path is left to it. */
    private static void assertFoldsAsNormalize(String path) {
        boolean plain = LinkTargets.plain(path);
        assertThat(!plain || LinkTargets.fold(path).equals(RepositoryPaths.normalize(path)))
                .as(() -> "'" + path + "' folds to '" + LinkTargets.fold(path) + "' but normalises to '"
                        + RepositoryPaths.normalize(path) + "'").isTrue();
    }
}
