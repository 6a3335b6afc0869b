package org.runbookgovernance.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stubs are only worth something if code that compiles against them compiles against Jenkins. Each
 * line of pinned-signatures.txt was written from the real sources at the pinned versions; this test holds
 * the compiled stubs to those lines in both directions.
 */
class PinnedSignaturesTest {

    @Test
    void everyPinnedMemberExistsInTheStubs() throws IOException {
        Pinned pinned = Pinned.read();
        TreeSet<String> actual = actualMembers();

        assertThat(actual).containsAll(pinned.members);
    }

    @Test
    void everyPublicOrProtectedStubMemberIsPinned() throws IOException {
        Pinned pinned = Pinned.read();
        TreeSet<String> actual = actualMembers();

        assertThat(pinned.members).containsAll(actual);
    }

    /** A stub may leave out supertypes it does not need, but never add one the real type lacks. */
    @Test
    void stubSupertypesAreAmongTheRealOnes() throws IOException {
        Pinned pinned = Pinned.read();
        for (Class<?> c : StubSignatures.stubClasses()) {
            assertThat(pinned.supertypes).as("pinned supertypes of %s", c.getName()).containsKey(c.getName());
            assertThat(pinned.supertypes.get(c.getName())).as("real supertypes of %s", c.getName())
                    .containsAll(StubSignatures.supertypes(c));
        }
    }

    @Test
    void everyPinnedTypeIsStubbed() throws IOException {
        Pinned pinned = Pinned.read();
        List<String> stubbed = StubSignatures.stubClasses().stream().map(Class::getName).toList();

        assertThat(stubbed).containsExactlyInAnyOrderElementsOf(pinned.supertypes.keySet());
    }

    private static TreeSet<String> actualMembers() {
        TreeSet<String> all = new TreeSet<>();
        StubSignatures.stubClasses().forEach(c -> all.addAll(StubSignatures.members(c)));
        return all;
    }

    /** The pinned file: member lines, and per type one {@code #extends} line listing its real supertypes. */
    private record Pinned(TreeSet<String> members, Map<String, List<String>> supertypes) {

        static Pinned read() throws IOException {
            TreeSet<String> members = new TreeSet<>();
            Map<String, List<String>> supertypes = new TreeMap<>();
            try (InputStream in = PinnedSignaturesTest.class.getResourceAsStream("/pinned-signatures.txt")) {
                assertThat(in).as("pinned-signatures.txt on the test classpath").isNotNull();
                for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String line = raw.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int hash = line.indexOf("#extends");
                    if (hash > 0) {
                        String owner = line.substring(0, hash);
                        String rest = line.substring(hash + "#extends".length()).strip();
                        supertypes.put(owner, rest.isEmpty() ? List.of() : splitTopLevel(rest));
                    } else {
                        members.add(line);
                    }
                }
            }
            return new Pinned(members, supertypes);
        }

        /** Splits "A<X, Y>, B" at the commas outside angle brackets. */
        private static List<String> splitTopLevel(String text) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '<') {
                    depth++;
                } else if (ch == '>') {
                    depth--;
                } else if (ch == ',' && depth == 0) {
                    out.add(text.substring(start, i).strip());
                    start = i + 1;
                }
            }
            out.add(text.substring(start).strip());
            return out;
        }
    }
}
