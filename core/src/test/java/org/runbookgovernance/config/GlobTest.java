package org.runbookgovernance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runbookgovernance.model.DocumentKind;

class GlobTest {

    /** Globs of the built-in defaults, the sample repository's config and the bench corpus config. */
    static final List<String> CONFIG_GLOBS = List.of(
            "**/RB-*.md", "incidents/**/*.md", "runbooks/**/*.md", "README.md", "INDEX.md", "templates/**",
            "**/*TEMPLATE*.md", "quick-reference/**", "**/*GUIDE*.md", "**/*FRAMEWORK*.md", "postmortems/**",
            "incident-reports/**", "incidents/reports/**", ".git/**", "**/node_modules/**", "**/target/**",
            "alerts/**/*.yml", "alerts/**/*.yaml", "templates/INCIDENT_REPORT_TEMPLATE.md", "**",
            "./runbooks/*.md", "docs/{a,b}/*.md", "**/*.{md,markdown}", "docs/*{.md,.markdown}");

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("**/RB-*.md", "RB-001.md", true),
                Arguments.of("**/RB-*.md", "incidents/db/RB-001-DOWN.md", true),
                Arguments.of("**/RB-*.md", "incidents/db/RB-001/x.md", false),
                Arguments.of("**/RB-*.md", "incidents/db/XRB-001.md", false),
                Arguments.of("incidents/**/*.md", "incidents/a.md", true),
                Arguments.of("incidents/**/*.md", "incidents/a/b/c.md", true),
                Arguments.of("incidents/**/*.md", "incidents.md", false),
                Arguments.of("README.md", "README.md", true),
                Arguments.of("README.md", "docs/README.md", false),
                Arguments.of("README.md", "READMEXmd", false),
                Arguments.of(".git/**", ".git/HEAD", true),
                Arguments.of(".git/**", ".github/x.md", false),
                Arguments.of("**/node_modules/**", "node_modules/p/README.md", true),
                Arguments.of("**/node_modules/**", "a/b/node_modules/p.md", true),
                Arguments.of("**/node_modules/**", "a/xnode_modules/p.md", false),
                Arguments.of("templates/**", "templates", false),
                Arguments.of("templates/**", "templates/", true),
                Arguments.of("**", "", true),
                Arguments.of("**", "a/b\nc", false), // the regex's '.' stops at a line terminator
                Arguments.of("*", "a\nb", true), // '[^/]' does not
                Arguments.of("?", "\uD83D\uDE00", true), // one code point, two chars
                Arguments.of("??", "\uD83D\uDE00", false),
                Arguments.of("docs/{a,b}/*.md", "docs/b/x.md", true),
                Arguments.of("docs/{a,b}/*.md", "docs/c/x.md", false),
                Arguments.of("{a,{b,c}d}", "cd", true),
                Arguments.of("a}b,c", "a}b,c", true),
                Arguments.of("{}x", "x", true),
                Arguments.of("*{a,b}", "x/a", false),
                Arguments.of("*{a,b}", "xa", true),
                Arguments.of("docs/*{.md,.markdown}", "docs/a/b.md", false),
                Arguments.of("a\\b", "a\\b", true),
                Arguments.of("./runbooks/*.md", "runbooks/x.md", true),
                Arguments.of("[a](b)+^$|.", "[a](b)+^$|.", true),
                Arguments.of("***", "a/b\nc", true)); // ".*[^/]*": the segment star takes the line break
    }

    @ParameterizedTest
    @MethodSource("examples")
    void matchesLikeTheRegex(String glob, String path, boolean expected) {
        Glob g = Glob.of(glob);
        assertThat(g.regex().matcher(path).matches()).as("regex").isEqualTo(expected);
        assertThat(g.matches(path)).as("glob").isEqualTo(expected);
    }

    @Test
    void configGlobsDecideTypicalPathsWithoutTheRegex() {
        List<String> paths = List.of("incidents/identity/RB-01046-DATABASE-REPLICATION-LAG.md", "README.md",
                "postmortems/2026/2026-01-02-outage.md", "alerts/edge/rules.yml", "templates/T.md", "a/b/c/d.markdown",
                "INCIDENT_RESPONSE_FRAMEWORK.md", "node_modules/x/README.md", ".git/HEAD");
        for (String pattern : CONFIG_GLOBS) {
            Glob glob = Glob.of(pattern);
            for (String path : paths) {
                assertThat(glob.decidesWithoutRegex(path)).as("glob `%s` on `%s`", pattern, path).isTrue();
                assertThat(glob.matches(path)).as("glob `%s` on `%s`", pattern, path)
                        .isEqualTo(glob.regex().matcher(path).matches());
            }
        }
    }

    @Test
    void theSampleRepositoryConfigClassifiesItsOwnFilesLikeTheRegexes() throws java.io.IOException {
        Path sample = Path.of("../runbooks");
        Config config = ConfigLoader.load(sample, null);
        DocumentGlobs documents = config.documents();
        List<Glob> globs = new ArrayList<>();
        for (List<Glob> kind : List.of(documents.runbooks(), documents.index(), documents.templates(),
                documents.guides(), documents.incidentReports(), documents.exclude())) {
            globs.addAll(kind);
        }
        assertThat(globs).extracting(Glob::pattern).contains("**/RB-*.md", "**/node_modules/**", "postmortems/**");
        List<String> paths;
        try (Stream<Path> walk = Files.walk(sample)) {
            paths = walk.map(p -> sample.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(paths).hasSizeGreaterThan(20);
        for (String path : paths) {
            for (Glob glob : globs) {
                assertThat(glob.matches(path)).as("glob `%s` on `%s`", glob.pattern(), path)
                        .isEqualTo(glob.regex().matcher(path).matches());
            }
            assertThat(documents.kindOf(path)).as(path).isEqualTo(regexKindOf(documents, path));
        }
    }

    /** DocumentGlobs.kindOf asked through the regexes only. */
    private static DocumentKind regexKindOf(DocumentGlobs d, String path) {
        if (anyRegex(d.exclude(), path)) {
            return null;
        }
        List<List<Glob>> order = List.of(d.incidentReports(), d.templates(), d.index(), d.guides(), d.other(),
                d.runbooks());
        List<DocumentKind> kinds = List.of(DocumentKind.INCIDENT_REPORT, DocumentKind.TEMPLATE, DocumentKind.INDEX,
                DocumentKind.GUIDE, DocumentKind.OTHER, DocumentKind.RUNBOOK);
        for (int i = 0; i < order.size(); i++) {
            if (anyRegex(order.get(i), path)) {
                return kinds.get(i);
            }
        }
        return DocumentKind.OTHER;
    }

    private static boolean anyRegex(List<Glob> globs, String path) {
        return globs.stream().anyMatch(g -> g.regex().matcher(path).matches());
    }

    @Test
    void anUnclosedBraceIsStillRefused() {
        assertThatThrownBy(() -> Glob.of("docs/{a,b")).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void keepsThePatternAsWritten() {
        Glob g = Glob.of("./runbooks/*.md");
        assertThat(g.pattern()).isEqualTo("./runbooks/*.md");
        assertThat(g.regex().pattern()).isEqualTo("runbooks/[^/]*\\.md");
        assertThat(g).hasToString("Glob[pattern=./runbooks/*.md, regex=runbooks/[^/]*\\.md]");
    }

    private static final String[] GLOB_PIECES = {"a", "b", "A", ".", "/", "/", "*", "*", "**", "**/", "?", "{", "{",
        "}", "}", ",", ",", "\\", "[", "(", ")", "+", "$", "^", "|", "é", "md", "RB-", "\n", "\u2028", "\uD83D",
        "\uDE00", "\uD83D\uDE00", "™", "{a,*}", "{*/,b}", "{**,?}"};
    private static final String[] PATH_PIECES = {"a", "b", "A", ".", "/", "/", "-", "md", "RB-", "}", ",", "{",
        "*", "?", "\\", "[", "(", "+", "|", "é", "™", "\n", "\r", "\u0085", "\u2028", "\u2029", "\uD83D\uDE00",
        "\uD83D", "\uDE00", "node_modules/", "x.md"};

    @Test
    void randomGlobsAnswerLikeTheirRegexOnRandomAndNearMatchingPaths() {
        Random random = new Random(20261126);
        int compared = 0;
        int matched = 0;
        int globs = 0;
        int decided = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> patterns = new ArrayList<>(CONFIG_GLOBS);
        for (int i = 0; i < 4000; i++) {
            patterns.add(randomGlob(random));
        }
        for (String pattern : patterns) {
            Glob glob;
            try {
                glob = Glob.of(pattern);
            } catch (PatternSyntaxException e) {
                continue; // an unclosed brace: refused, as checked above
            }
            globs++;
            List<String> paths = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                paths.add(instantiate(pattern.startsWith("./") ? pattern.substring(2) : pattern, random));
            }
            for (int k = 0; k < 10; k++) {
                paths.add(mutate(paths.get(random.nextInt(paths.size())), random));
                paths.add(randomText(PATH_PIECES, random, 8));
            }
            for (String path : paths) {
                boolean expected = glob.regex().matcher(path).matches();
                if (glob.matches(path) != expected) {
                    mismatches.add("glob `" + escape(pattern) + "` on path `" + escape(path) + "`");
                }
                compared++;
                matched += expected ? 1 : 0;
                decided += glob.decidesWithoutRegex(path) ? 1 : 0;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(globs).isGreaterThan(2000);
        assertThat(compared).isGreaterThan(100_000);
        assertThat(matched).as("the generator must produce matching paths too").isGreaterThan(compared / 5);
        assertThat(decided).as("most answers must come from the glob's own matcher").isGreaterThan(compared / 2);
    }

    @Test
    void everyBmpCharacterAndSomeCodePointsAnswerLikeTheRegex() {
        List<Glob> globs = Stream.of("a**b", "a*b", "a?b", "a{*,?}b", "**/b", "?")
                .map(Glob::of).toList();
        List<String> middles = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            middles.add(String.valueOf((char) c));
        }
        for (int cp = 0x10000; cp <= 0x10FFFF; cp += 0x1234) {
            middles.add(new String(Character.toChars(cp)));
            middles.add(new String(Character.toChars(cp)) + "/");
        }
        List<String> mismatches = new ArrayList<>();
        for (Glob glob : globs) {
            for (String middle : middles) {
                for (String path : new String[] {"a" + middle + "b", middle}) {
                    if (glob.matches(path) != glob.regex().matcher(path).matches()) {
                        mismatches.add("glob `" + glob.pattern() + "` on path `" + escape(path) + "`");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void globsPastTheStepOrAlternativeLimitsStillAnswerLikeTheRegex() {
        Glob stars = Glob.of("*a*a*a*a*b");
        Glob folders = Glob.of("**/a**/a**/a**/a**/b");
        Glob braces = Glob.of("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b,c}*");
        for (String path : List.of("a".repeat(40), "a".repeat(39) + "b", "a/".repeat(30) + "b", "a/".repeat(30),
                "abababab", "abababac", "abababcx", "ccccccc")) {
            for (Glob glob : List.of(stars, folders, braces)) {
                assertThat(glob.matches(path)).as("glob `%s` on `%s`", glob.pattern(), path)
                        .isEqualTo(glob.regex().matcher(path).matches());
            }
        }
        assertThat(stars.matches("a".repeat(39) + "b")).isTrue();
        assertThat(braces.matches("abababcx")).isTrue();
    }

    private static String randomGlob(Random random) {
        String glob = randomText(GLOB_PIECES, random, 7);
        return random.nextInt(10) == 0 ? "./" + glob : glob;
    }

    private static String randomText(String[] pieces, Random random, int maxPieces) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(maxPieces + 1); n > 0; n--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    /** A path the glob probably matches: one brace alternative each, wildcards filled in at random. */
    private static String instantiate(String glob, Random random) {
        String s = glob;
        for (int open = s.indexOf('{'); open >= 0; open = s.indexOf('{')) {
            int depth = 0;
            int close = -1;
            List<Integer> commas = new ArrayList<>();
            for (int i = open; i < s.length() && close < 0; i++) {
                char c = s.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    close = i;
                } else if (c == ',' && depth == 1) {
                    commas.add(i);
                }
            }
            if (close < 0) {
                break;
            }
            commas.add(0, open);
            commas.add(close);
            int pick = random.nextInt(commas.size() - 1);
            s = s.substring(0, open) + s.substring(commas.get(pick) + 1, commas.get(pick + 1)) + s.substring(close + 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' && s.startsWith("**/", i)) {
                out.append(pick(random, "", "a/", "a/b/", "x.md/", "/", "é/"));
                i += 2;
            } else if (c == '*' && s.startsWith("**", i)) {
                out.append(pick(random, "", "a", "a/b", "/", "b/", "a\nb"));
                i++;
            } else if (c == '*') {
                out.append(pick(random, "", "a", "ab", "é", "RB-1", "\uD83D\uDE00"));
            } else if (c == '?') {
                out.append(pick(random, "a", "b", "é", "\uD83D\uDE00", "/", "\n"));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String mutate(String path, Random random) {
        if (path.isEmpty()) {
            return PATH_PIECES[random.nextInt(PATH_PIECES.length)];
        }
        int at = random.nextInt(path.length());
        String piece = PATH_PIECES[random.nextInt(PATH_PIECES.length)];
        return switch (random.nextInt(3)) {
            case 0 -> path.substring(0, at) + piece + path.substring(at);
            case 1 -> path.substring(0, at) + path.substring(at + 1);
            default -> path.substring(0, at) + piece + path.substring(at + 1);
        };
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
