package org.runbookgovernance.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.rules.RandomStrings;
import org.runbookgovernance.model.Link;
import org.runbookgovernance.model.RepositoryPaths;

/**
 * Differential: {@link LinkTargets} against the general {@link RepositoryPaths#resolveLink}, and Broken's
 * external shortcut against {@link Link#isExternal}.
 */
class LinkTargetsTest {

    private static final List<String> FROM = List.of("README.md", "incidents/RB-001.md",
            "incidents/identity/RB-002.md", "a/b/c/d.md");

    static Stream<String> targets() {
        List<String> out = new ArrayList<>(List.of("", ".", "..", "./", "../", "/", "//", "x.md", "./x.md",
                "../x.md", "../../x.md", "../../../x.md", "../../../../../x.md", "/x.md", "/../x.md", "a//b.md",
                "a/./b.md", "a/../b.md", "a/b/../../..", "x/..", "x/../..", "dir/", "dir//", "...", "..x", ".x",
                "a/.../b", "  x.md", "x.md ", "\tx.md", "x.md\n", "\u2003x.md", "x.md\u00a0", "x%20y.md", "%2e%2e/x.md",
                "a\\b.md", "..\\x.md", "x.md?plain=1", "x.md#h", "ü/ß.md", "../ü.md", "incidents/./RB-001.md",
                "../edge/RB-04655-DATABASE-ERROR-RATE.md", "../../INCIDENT_RESPONSE_FRAMEWORK.md",
                "./incidents/identity/RB-01046-DATABASE-REPLICATION-LAG.md", "a/b/", "./", ".//.", "\0x.md",
                "HTTPS://x", "http:x", ".http://x", "#http://x", "//cdn/x.md", "./mailto:x", "MailTo:x", "#tel:1"));
        // Random strings over the characters that matter to folding, with a fixed seed.
        char[] alphabet = {'a', 'b', 'h', 't', 'p', ':', '.', '.', '/', '/', '\\', '%', '2', '0', '#', '?', ' ', 'é'};
        out.addAll(RandomStrings.of(alphabet, 3000, 12, 20261127L));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void resolvesAsTheGeneralPathDoes(String target) {
        for (String from : FROM) {
            assertThat(LinkTargets.resolve(from, RepositoryPaths.folderOf(from), target))
                    .as("from %s to '%s'", from, target)
                    .isEqualTo(RepositoryPaths.resolveLink(from, target));
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void skipsTheExternalTestOnlyForTargetsThatCannotBeExternal(String target) {
        Link link = new Link(target, "text", 1);
        if (!Broken.mayBeExternal(link)) {
            assertThat(link.isExternal()).as("'%s'", target).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void foldsPlainPathsAsNormalizeDoes(String path) {
        if (LinkTargets.plain(path)) {
            assertThat(LinkTargets.fold(path)).as("'%s'", path).isEqualTo(RepositoryPaths.normalize(path));
        }
    }
}
