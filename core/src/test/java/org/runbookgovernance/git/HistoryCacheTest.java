package org.runbookgovernance.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runbookgovernance.git.RunbookText.runbook;
import static org.runbookgovernance.git.RunbookText.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runbookgovernance.model.GitFacts;

class HistoryCacheTest {

    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    @TempDir
    Path tmp;

    private static BranchContext main() {
        return new BranchContext(Optional.of("main"), Optional.empty(), "--branch", false, false);
    }

    /**
     * Generated histories (typo-sized and larger edits, renames with and without edits, deletions, merges of side
     * branches made before and after the cached HEAD): after every batch of new commits, the facts read with the
     * cache are the facts a whole walk reads.
     */
    @Test
    void aCheckWithTheCacheAfterNewCommitsReadsWhatAWholeWalkReads() {
        for (int seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            Path cache = tmp.resolve("cache-" + seed);
            try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("repo-" + seed))) {
                History history = new History(repo, random);
                history.grow(8 + random.nextInt(20));
                for (int round = 0; round < 4; round++) {
                    if (round > 0) {
                        history.grow(round == 1 ? 0 : 1 + random.nextInt(5));
                    }
                    if (random.nextInt(3) == 0) {
                        history.startSideBranch();
                    }
                    List<String> asked = new ArrayList<>(history.runbooks());
                    if (random.nextBoolean()) {
                        // a runbook not yet committed, which the next commits may add
                        asked.add(history.nextRunbook());
                    }
                    if (random.nextBoolean()) {
                        // a runbook deleted or renamed away, still in the work tree (as a scan would find it)
                        history.gone().ifPresent(asked::add);
                    }
                    GitFacts whole = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.OFF);
                    GitFacts cached = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
                    String where = "seed " + seed + ", round " + round;
                    assertThat(whole.lastCommit()).as(where).hasSize(history.runbooks().size());
                    assertSame(cached, whole, where);
                }
                assertThat(cache.resolve(HistoryCache.FILE)).exists();
            }
        }
    }

    @Test
    void aCheckAtTheCachedHeadTakesTheAnswersWithoutWalking() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("runbooks/a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a")))
                    .write("runbooks/b.md", runbook("RB-2", "B", "2024-01-01", "2024-01-01", steps(8, "b")))
                    .commit("add", START);
            Path cache = tmp.resolve("cache");
            List<String> asked = List.of("runbooks/a.md", "runbooks/b.md");
            GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            plant(cache, "runbooks/a.md", Instant.parse("2001-01-01T00:00:00Z"));

            GitFacts facts = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit().get("runbooks/a.md")).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));

            repo.write("runbooks/b.md", runbook("RB-2", "B", "2024-01-01", "2024-01-01", steps(8, "bb")))
                    .commit("rewrite b", START.plusSeconds(3600));
            facts = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit().get("runbooks/a.md")).as("untouched since: from the cache")
                    .isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
            assertThat(facts.lastCommit().get("runbooks/b.md")).as("touched since: walked")
                    .isEqualTo(START.plusSeconds(3600));
            assertThat(facts.lastContentEdit().get("runbooks/b.md").time()).isEqualTo(START.plusSeconds(3600));
        }
    }

    @Test
    void aRunbookNotYetCommittedIsRememberedAsAbsent() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("runbooks/a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a")))
                    .commit("add", START);
            Path cache = tmp.resolve("cache");
            List<String> asked = List.of("runbooks/a.md", "runbooks/draft.md");
            GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            plant(cache, "runbooks/a.md", Instant.parse("2001-01-01T00:00:00Z"));

            GitFacts facts = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).as("from the cache, the draft unknown")
                    .containsExactly(Map.entry("runbooks/a.md", Instant.parse("2001-01-01T00:00:00Z")));

            repo.write("runbooks/draft.md", runbook("RB-2", "Draft", "2024-01-01", "2024-01-01", steps(8, "d")))
                    .commit("add the draft", START.plusSeconds(3600));
            facts = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).containsEntry("runbooks/a.md", Instant.parse("2001-01-01T00:00:00Z"))
                    .containsEntry("runbooks/draft.md", START.plusSeconds(3600));
            assertThat(facts.lastSubstantiveChange().get("runbooks/draft.md").contentLines())
                    .isEqualTo(GitFacts.Edit.CREATED);
        }
    }

    @Test
    void aCheckOfOneFolderKeepsTheAnswersForTheOthers() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("db/a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a")))
                    .write("web/b.md", runbook("RB-2", "B", "2024-01-01", "2024-01-01", steps(8, "b")))
                    .commit("add", START);
            Path cache = tmp.resolve("cache");
            GitHistory.read(repo.root(), List.of("db/a.md", "web/b.md"), main(), 3, HistoryCacheSetting.in(cache));
            plant(cache, "db/a.md", Instant.parse("2001-01-01T00:00:00Z"));

            GitFacts web = GitHistory.read(repo.root().resolve("web"), List.of("b.md"), main(), 3,
                    HistoryCacheSetting.in(cache));
            assertThat(web.lastCommit()).containsExactly(Map.entry("b.md", START));
            GitFacts all = GitHistory.read(repo.root(), List.of("db/a.md", "web/b.md"), main(), 3,
                    HistoryCacheSetting.in(cache));
            assertThat(all.lastCommit()).as("still from the cache")
                    .containsEntry("db/a.md", Instant.parse("2001-01-01T00:00:00Z"));
        }
    }

    @Test
    void aRunbookTheCacheDoesNotKnowMakesAWholeWalk() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("runbooks/a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a")))
                    .write("guides/b.md", runbook("RB-2", "B", "2024-01-01", "2024-01-01", steps(8, "b")))
                    .commit("add", START);
            Path cache = tmp.resolve("cache");
            GitHistory.read(repo.root(), List.of("runbooks/a.md"), main(), 3, HistoryCacheSetting.in(cache));
            plant(cache, "runbooks/a.md", Instant.parse("2001-01-01T00:00:00Z"));

            GitFacts facts = GitHistory.read(repo.root(), List.of("runbooks/a.md", "guides/b.md"), main(), 3,
                    HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).containsEntry("runbooks/a.md", START).containsEntry("guides/b.md", START);
        }
    }

    @Test
    void anotherTypoThresholdOrARewrittenHistoryMakesAWholeWalk() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a"))).commit("add", START);
            RevCommit second = repo.write("notes.txt", "x\n").commit("notes", START.plusSeconds(60));
            Path cache = tmp.resolve("cache");
            GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
            plant(cache, "a.md", Instant.parse("2001-01-01T00:00:00Z"));
            assertThat(GitHistory.read(repo.root(), List.of("a.md"), main(), 5, HistoryCacheSetting.in(cache))
                    .lastCommit()).containsEntry("a.md", START);

            plant(cache, "a.md", Instant.parse("2001-01-01T00:00:00Z"));
            try {
                repo.git().reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD)
                        .setRef(second.getParent(0).name()).call();
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
            repo.write("other.txt", "y\n").commit("rewritten", START.plusSeconds(120));
            GitFacts facts = GitHistory.read(repo.root(), List.of("a.md"), main(), 5, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).as("the cached HEAD is no ancestor").containsEntry("a.md", START);
            assertThat(facts.notes()).isEmpty();
        }
    }

    @Test
    void aCorruptTruncatedOrForeignCacheIsNotedAndWrittenAnew() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a"))).commit("add", START);
            Path cache = tmp.resolve("cache");
            Path file = cache.resolve(HistoryCache.FILE);
            GitFacts whole = GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.OFF);
            GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
            byte[] good = Files.readAllBytes(file);

            byte[] flipped = good.clone();
            flipped[flipped.length / 2] ^= 0x10;
            byte[] truncated = java.util.Arrays.copyOf(good, good.length - 11);
            for (byte[] bad : List.of(flipped, truncated, "not a cache\n".getBytes(), new byte[0])) {
                Files.write(file, bad);
                GitFacts facts = GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
                assertThat(facts.lastCommit()).isEqualTo(whole.lastCommit());
                assertThat(facts.lastSubstantiveChange()).isEqualTo(whole.lastSubstantiveChange());
                assertThat(facts.notes()).singleElement().asString()
                        .contains("history cache at `" + file + "` was unreadable").contains("walked the whole history");
                assertThat(Files.readAllBytes(file)).as("written anew").isEqualTo(good);
            }
        }
    }

    /**
     * Generated snapshots (paths in any script, runbooks not at HEAD, edits of one commit with other line counts,
     * creations, one commit id seen with two times) read back exactly as written.
     */
    @Test
    void aSnapshotReadsBackAsItWasWritten() throws IOException {
        String[] names = {"runbooks/db/", "docs/Störung/", "運用/", ""};
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<ObjectId> commits = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                byte[] raw = new byte[20];
                random.nextBytes(raw);
                commits.add(ObjectId.fromRaw(raw));
            }
            Map<String, HistoryCache.Answer> answers = new HashMap<>();
            for (int i = 0; i < random.nextInt(200); i++) {
                String path = names[random.nextInt(names.length)] + "page-" + i + ".md";
                if (random.nextInt(5) == 0) {
                    answers.put(path, HistoryCache.Answer.ABSENT);
                    continue;
                }
                Instant last = START.plusSeconds(random.nextInt(1_000_000));
                GitFacts.Edit edit = null;
                boolean created = false;
                if (random.nextInt(4) != 0) {
                    ObjectId commit = commits.get(random.nextInt(commits.size()));
                    created = random.nextBoolean();
                    Instant when = START.plusSeconds(commits.indexOf(commit) * 60L + random.nextInt(2));
                    edit = new GitFacts.Edit(when, commit.name(), created ? GitFacts.Edit.CREATED : 4 + random.nextInt(3));
                }
                answers.put(path, new HistoryCache.Answer(last, edit, created));
            }
            ObjectId head = commits.get(0);
            Path file = tmp.resolve("snapshot-" + seed).resolve(HistoryCache.FILE);
            HistoryCache.write(file, new HistoryCache.Snapshot(head, seed, answers));

            HistoryCache.Found found = HistoryCache.read(file);
            assertThat(found).as("seed " + seed).isInstanceOf(HistoryCache.Readable.class);
            HistoryCache.Snapshot read = ((HistoryCache.Readable) found).snapshot();
            assertThat(read.head()).as("seed " + seed).isEqualTo(head);
            assertThat(read.typoThreshold()).as("seed " + seed).isEqualTo(seed);
            assertThat(read.answers()).as("seed " + seed).isEqualTo(answers);
        }
    }

    @Test
    void aCacheOfThePreviousFormatIsReplacedWithoutANote() throws IOException {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a"))).commit("add", START);
            Path cache = tmp.resolve("cache");
            Files.createDirectories(cache);
            Files.write(cache.resolve(HistoryCache.PREVIOUS_FILE), "an older format".getBytes());
            GitFacts facts = GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).containsEntry("a.md", START);
            assertThat(facts.notes()).isEmpty();
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly(HistoryCache.FILE);
            }
        }
    }

    @Test
    void aCacheOfAnotherRepositoryIsNotedAndWrittenAnew() throws IOException {
        Path cache = tmp.resolve("shared");
        try (ScratchRepository one = ScratchRepository.init(tmp.resolve("one"));
             ScratchRepository two = ScratchRepository.init(tmp.resolve("two"))) {
            one.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a"))).commit("add", START);
            two.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "z")))
                    .commit("add", START.plusSeconds(7));
            GitHistory.read(one.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
            GitFacts facts = GitHistory.read(two.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache));
            assertThat(facts.lastCommit()).containsEntry("a.md", START.plusSeconds(7));
            assertThat(facts.notes()).singleElement().asString().contains("names a commit this repository does not have");
            assertThat(GitHistory.read(two.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.in(cache)).notes())
                    .isEmpty();
        }
    }

    @Test
    void theDefaultCacheLivesInTheGitFolderAndNoCacheWritesNone() {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            repo.write("a.md", runbook("RB-1", "A", "2024-01-01", "2024-01-01", steps(8, "a"))).commit("add", START);
            Path file = repo.root().resolve(".git/runbook-governance").resolve(HistoryCache.FILE);
            GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.OFF);
            assertThat(file).doesNotExist();
            GitHistory.read(repo.root(), List.of("a.md"), main(), 3, HistoryCacheSetting.IN_GIT_FOLDER);
            assertThat(file).exists();
        }
    }

    /** Checks that write the cache at the same time leave a whole file, which every reader reads whole. */
    @Test
    void concurrentChecksNeverSeeAHalfWrittenCache() throws Exception {
        try (ScratchRepository repo = ScratchRepository.init(tmp.resolve("rb"))) {
            History history = new History(repo, new Random(7));
            history.grow(25);
            List<String> asked = history.runbooks();
            GitFacts whole = GitHistory.read(repo.root(), asked, main(), 3, HistoryCacheSetting.OFF);
            Path cache = tmp.resolve("cache");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<GitFacts>> checks = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    // odd checks use another threshold, so every check rewrites the file the others read
                    int threshold = i % 2 == 0 ? 3 : 4;
                    checks.add(() -> GitHistory.read(repo.root(), asked, main(), threshold,
                            HistoryCacheSetting.in(cache)));
                }
                List<Future<GitFacts>> done = pool.invokeAll(checks);
                for (int i = 0; i < done.size(); i += 2) {
                    GitFacts facts = done.get(i).get();
                    assertThat(facts.notes()).as("no reader saw a part of a file").isEmpty();
                    assertSame(facts, whole, "check " + i);
                }
            } finally {
                pool.shutdownNow();
            }
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly(HistoryCache.FILE);
            }
        }
    }

    private static void assertSame(GitFacts cached, GitFacts whole, String where) {
        assertThat(cached.lastCommit()).as(where + ": last commit").isEqualTo(whole.lastCommit());
        assertThat(cached.lastContentEdit()).as(where + ": last content edit").isEqualTo(whole.lastContentEdit());
        assertThat(cached.lastSubstantiveChange()).as(where + ": last substantive change")
                .isEqualTo(whole.lastSubstantiveChange());
        assertThat(cached.historyLimited()).as(where).isEqualTo(whole.historyLimited());
        assertThat(cached.notes()).as(where).isEqualTo(whole.notes());
    }

    /** Rewrites the cached answer of {@code path} with a last commit no walk would find. */
    private static void plant(Path cache, String path, Instant lastCommit) throws IOException {
        Path file = cache.resolve(HistoryCache.FILE);
        HistoryCache.Snapshot s = ((HistoryCache.Readable) HistoryCache.read(file)).snapshot();
        Map<String, HistoryCache.Answer> answers = new HashMap<>(s.answers());
        HistoryCache.Answer a = answers.get(path);
        answers.put(path, new HistoryCache.Answer(lastCommit, a.edit(), a.created()));
        HistoryCache.write(file, new HistoryCache.Snapshot(s.head(), s.typoThreshold(), answers));
    }

    /** A history written commit by commit, a clock that only moves forward, runbooks in two folders. */
    private static final class History {
        private final ScratchRepository repo;
        private final Random random;
        private final Map<String, String> texts = new HashMap<>();
        private Instant clock = START;
        private int names;
        private String side;
        private Map<String, String> sideBefore;
        private Map<String, String> sideAfter;
        private final java.util.Set<String> gone = new java.util.HashSet<>();
        private boolean ours;

        History(ScratchRepository repo, Random random) {
            this.repo = repo;
            this.random = random;
        }

        /** A path that held a runbook once and holds none at HEAD. */
        Optional<String> gone() {
            List<String> paths = gone.stream().filter(p -> !texts.containsKey(p)).sorted().toList();
            return paths.isEmpty() ? Optional.empty() : Optional.of(paths.get(random.nextInt(paths.size())));
        }

        /** The path {@link #add} may give the next runbook. */
        String nextRunbook() {
            return "runbooks/RB" + names + ".md";
        }

        List<String> runbooks() {
            return texts.keySet().stream().sorted().toList();
        }

        void grow(int commits) {
            if (side != null && commits > 0) {
                mergeSide();
                commits--;
            }
            for (int i = 0; i < commits; i++) {
                if (texts.size() > 3 && random.nextInt(8) == 0) {
                    branchAndMerge();
                } else {
                    change(true);
                    commit("change");
                }
            }
        }

        /** A side branch with a commit made now, merged by a later {@link #grow}: older than what main gets next. */
        void startSideBranch() {
            if (side != null || texts.size() < 2) {
                return;
            }
            side = "side-" + names++;
            repo.newBranch(side);
            sideBefore = new HashMap<>(texts);
            // now and then both sides edit one runbook, and the merge keeps main's text (git merge -s ours)
            ours = random.nextBoolean();
            String both = pick();
            if (ours) {
                edit(both, random.nextBoolean() ? 1 : 6);
            } else {
                change(false);
            }
            commit("on " + side);
            sideAfter = new HashMap<>(texts);
            texts.clear();
            texts.putAll(sideBefore);
            repo.checkout("main");
            // main goes on after the side branch's commit, which is older than the cached HEAD
            if (ours) {
                edit(both, random.nextBoolean() ? 1 : 6);
            } else {
                add();
            }
            commit("main goes on");
        }

        private void mergeSide() {
            merge(side, ours ? MergeStrategy.OURS : MergeStrategy.RECURSIVE);
            if (!ours) {
                apply(sideBefore, sideAfter);
            }
            side = null;
        }

        /** What a branch changed from {@code before} to {@code after}, applied to main's runbooks. */
        private void apply(Map<String, String> before, Map<String, String> after) {
            after.forEach((p, t) -> {
                if (!t.equals(before.get(p))) {
                    texts.put(p, t);
                }
            });
            before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(texts::remove);
        }

        private void branchAndMerge() {
            String name = "topic-" + names++;
            repo.newBranch(name);
            Map<String, String> before = new HashMap<>(texts);
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                change(false);
                commit("on " + name);
            }
            Map<String, String> after = new HashMap<>(texts);
            texts.clear();
            texts.putAll(before);
            repo.checkout("main");
            if (random.nextBoolean()) {
                add();
                commit("main goes on");
            }
            merge(name, MergeStrategy.RECURSIVE);
            apply(before, after);
        }

        private void merge(String branch, MergeStrategy strategy) {
            try {
                var result = repo.git().merge().include(repo.git().getRepository().resolve(branch))
                        .setStrategy(strategy)
                        .setFastForward(MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
                assertThat(result.getMergeStatus().isSuccessful()).as("merge of " + branch).isTrue();
            } catch (GitAPIException | IOException e) {
                throw new IllegalStateException(e);
            }
            commit("merge " + branch);
        }

        /** One change to the work tree: with {@code anything}, also deletions and non-runbook files. */
        private void change(boolean anything) {
            int kind = texts.isEmpty() ? 0 : random.nextInt(anything ? 8 : 6);
            switch (kind) {
                case 0 -> add();
                case 1 -> edit(1);
                case 2 -> edit(2 + random.nextInt(4));
                case 3 -> rename(random.nextBoolean());
                case 4 -> rename(false);
                case 5 -> edit(random.nextInt(2) == 0 ? 0 : 6);
                case 6 -> {
                    String path = pick();
                    repo.delete(path);
                    forget(path);
                }
                default -> repo.write("README.md", "notes " + names++ + "\n");
            }
        }

        private void add() {
            String folder = random.nextBoolean() ? "runbooks/" : "runbooks/db/";
            String path = folder + "RB" + names++ + ".md";
            put(path, runbook("RB-" + names, "Runbook " + names, "2024-01-01", "2024-01-01",
                    steps(6 + random.nextInt(6), "w" + random.nextInt(1000))));
        }

        /** Rewrites {@code lines} step lines (0: only the metadata). */
        private void edit(int lines) {
            edit(pick(), lines);
        }

        private void edit(String path, int lines) {
            String text = texts.get(path);
            if (lines == 0) {
                text = text.replaceFirst("last_updated: [0-9-]+", "last_updated: 2025-0" + (1 + random.nextInt(9)) + "-01");
            }
            for (int i = 1; i <= lines; i++) {
                text = text.replace(i + ". Check step " + i + " ", i + ". Check step " + i + " again " + names + " ");
            }
            names++;
            put(path, text);
        }

        private void rename(boolean withTypo) {
            String from = pick();
            String to = (random.nextBoolean() ? "runbooks/" : "runbooks/old/") + "RB" + names++ + ".md";
            String text = texts.get(from);
            forget(from);
            repo.delete(from);
            if (withTypo) {
                text = text.replace("1. Check step 1 ", "1. Check step 1 typo ");
            }
            put(to, text);
        }

        private String pick() {
            List<String> paths = runbooks();
            return paths.get(random.nextInt(paths.size()));
        }

        private void forget(String path) {
            texts.remove(path);
            gone.add(path);
        }

        private void put(String path, String text) {
            texts.put(path, text);
            repo.write(path, text);
        }

        private void commit(String message) {
            clock = clock.plusSeconds(600 + random.nextInt(7200));
            try {
                repo.commit(message, clock);
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("commit " + message + " failed", e));
            }
        }
    }
}
