package org.runbookgovernance.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.runbookgovernance.model.GitFacts;

/**
 * The history walk's answers per runbook path at one HEAD commit, kept in a file between checks so the next
 * check walks only the commits made since. The file is written whole beside itself and moved into place, so a
 * reader sees the old file or the new one, never a part; one that does not read back whole (truncated,
 * corrupt, another format) is reported as unreadable and written anew.
 */
final class HistoryCache {

    /**
     * Big-endian: magic, format, HEAD, threshold; the commits the edits name, each once (time, id); per path its
     * UTF-8 bytes, last commit time, kind, and for an edit its commit's index and line count; a CRC-32 of it all.
     */
    static final String FILE = "history-v2.bin";
    /** The file of the format before, removed when this one is written. */
    static final String PREVIOUS_FILE = "history-v1.bin";
    private static final int MAGIC = 0x52474843; // "RGHC"
    /** Bumped, with the file's name, whenever the layout or the walk's answers for the same history change. */
    private static final int FORMAT = 2;
    /** Magic, format, HEAD, threshold. */
    private static final int HEADER_BYTES = 4 + 4 + Constants.OBJECT_ID_LENGTH + 4;
    /** Time, id. */
    private static final int COMMIT_BYTES = 8 + Constants.OBJECT_ID_LENGTH;
    /** Commit index, content lines. */
    private static final int EDIT_BYTES = 4 + 4;
    /** Path length, last commit, kind; the path's bytes and an edit's index come on top. */
    private static final int ANSWER_BYTES = 4 + 8 + 1;

    private static final byte NO_EDIT = 0;
    private static final byte CONTENT_EDIT = 1;
    private static final byte CREATED = 2;
    private static final long UNKNOWN = Long.MIN_VALUE;

    /**
     * What the walk found for one path at HEAD.
     *
     * @param lastCommit the last commit that touched it; null when the path is not at HEAD (a runbook not yet
     *                   committed)
     * @param edit       its last content edit, or the commit that created it ({@code created}); null when unknown
     */
    record Answer(Instant lastCommit, GitFacts.Edit edit, boolean created) {

        static final Answer ABSENT = new Answer(null, null, false);

        /** The answer a walk gave for {@code path}, one of its {@link LastChangeWalk.Result#paths()}. */
        static Answer of(String path, LastChangeWalk.Result walked) {
            GitFacts.Edit content = walked.lastContentEdit().get(path);
            GitFacts.Edit edit = content != null ? content : walked.lastSubstantiveChange().get(path);
            return new Answer(walked.lastCommit().get(path), edit, content == null && edit != null);
        }

        boolean absent() {
            return lastCommit == null;
        }
    }

    /**
     * The answers for every runbook path at {@code head} (repository paths), walked with {@code typoThreshold}.
     * Takes {@code answers} as its own, unmodifiable: each caller builds a map for it alone (tens of thousands of
     * entries, copied again on every check otherwise).
     */
    record Snapshot(ObjectId head, int typoThreshold, Map<String, Answer> answers) {

        Snapshot {
            answers = Collections.unmodifiableMap(answers);
        }

        /** The answers a complete walk gave, per path asked: {@link Answer#ABSENT} for one not at {@code head}. */
        static Snapshot of(ObjectId head, int typoThreshold, Set<String> asked, LastChangeWalk.Result walked) {
            Map<String, Answer> answers = new HashMap<>(asked.size() * 4 / 3 + 1);
            for (String path : asked) {
                if (!walked.paths().contains(path)) {
                    answers.put(path, Answer.ABSENT);
                }
            }
            for (String path : walked.paths()) {
                answers.put(path, Answer.of(path, walked));
            }
            return new Snapshot(head, typoThreshold, answers);
        }
    }

    /** What was found where the cache should be. */
    sealed interface Found {
    }

    record Missing() implements Found {
    }

    record Unreadable(String reason) implements Found {
    }

    record Readable(Snapshot snapshot) implements Found {
    }

    private HistoryCache() {
    }

    /** The cache file for {@code repo}: in {@code setting}'s folder, else in the repository's {@code .git} folder. */
    static Path file(Repository repo, HistoryCacheSetting setting) {
        Path folder = setting.folder().orElseGet(() -> repo.getDirectory().toPath().resolve("runbook-governance"));
        return folder.resolve(FILE);
    }

    static Found read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Missing();
        } catch (IOException | RuntimeException e) {
            return new Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (bytes.length < 16) {
            return new Unreadable("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
        if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
            return new Unreadable("checksum mismatch");
        }
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                return new Unreadable("not a history cache of this version");
            }
            ObjectId head = readId(in);
            int threshold = in.getInt();
            int commitCount = in.getInt();
            if (commitCount < 0 || commitCount > in.remaining() / COMMIT_BYTES) {
                return new Unreadable("corrupt commit count");
            }
            Commits commits = new Commits(in, commitCount);
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / ANSWER_BYTES) {
                return new Unreadable("corrupt answer count");
            }
            Map<String, Answer> answers = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                readAnswer(in, commits, answers);
            }
            if (in.hasRemaining()) {
                return new Unreadable("trailing bytes");
            }
            return new Readable(new Snapshot(head, threshold, answers));
        } catch (BufferUnderflowException e) {
            return new Unreadable("truncated");
        } catch (Corrupt e) {
            return new Unreadable(e.getMessage());
        } catch (RuntimeException e) {
            return new Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** One path's answer, into {@code answers}. */
    private static void readAnswer(ByteBuffer in, Commits commits, Map<String, Answer> answers) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new Corrupt("corrupt path length");
        }
        String path = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        long last = in.getLong();
        byte kind = in.get();
        GitFacts.Edit edit = null;
        if (kind != NO_EDIT) {
            int index = in.getInt();
            edit = commits.edit(index, in.getInt());
        }
        answers.put(path, new Answer(last == UNKNOWN ? null : Instant.ofEpochSecond(last), edit, kind == CREATED));
    }

    /** The commits the cached edits name, each read once. */
    private static final class Commits {
        private final Instant[] times;
        private final String[] names;
        /** Runbooks an import created share one edit: the last one made of each commit is used again. */
        private final GitFacts.Edit[] lastOf;

        Commits(ByteBuffer in, int count) {
            times = new Instant[count];
            names = new String[count];
            lastOf = new GitFacts.Edit[count];
            for (int i = 0; i < count; i++) {
                times[i] = Instant.ofEpochSecond(in.getLong());
                names[i] = readId(in).name();
            }
        }

        GitFacts.Edit edit(int index, int lines) {
            if (index < 0 || index >= names.length) {
                throw new Corrupt("corrupt commit index");
            }
            GitFacts.Edit edit = lastOf[index];
            if (edit == null || edit.contentLines() != lines) {
                edit = new GitFacts.Edit(times[index], names[index], lines);
                lastOf[index] = edit;
            }
            return edit;
        }
    }

    /** A file that passed its checksum and still does not read as a cache (another writer's bug). */
    private static final class Corrupt extends RuntimeException {

        Corrupt(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Writes {@code snapshot} to {@code file} through a temporary file in the same folder, moved into place. */
    static void write(Path file, Snapshot snapshot) throws IOException {
        int count = snapshot.answers().size();
        String[] paths = new String[count];
        Answer[] answers = new Answer[count];
        int[] next = {0};
        snapshot.answers().forEach((path, answer) -> {
            paths[next[0]] = path;
            answers[next[0]++] = answer;
        });
        byte[][] pathBytes = new byte[count][];
        // each commit's id and time written once (many runbooks share one: the import that created them)
        Map<String, Integer> commitIndex = new HashMap<>();
        List<GitFacts.Edit> commits = new ArrayList<>();
        int[] indexOf = new int[count];
        int size = HEADER_BYTES + 4 + 4 + 8;
        for (int i = 0; i < count; i++) {
            pathBytes[i] = paths[i].getBytes(StandardCharsets.UTF_8);
            size += ANSWER_BYTES + pathBytes[i].length;
            GitFacts.Edit edit = answers[i].edit();
            if (edit != null) {
                size += EDIT_BYTES;
                Integer index = commitIndex.get(edit.commit());
                if (index == null || !commits.get(index).time().equals(edit.time())) {
                    index = commits.size();
                    commits.add(edit);
                    commitIndex.putIfAbsent(edit.commit(), index);
                }
                indexOf[i] = index;
            }
        }
        size += commits.size() * COMMIT_BYTES;
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(MAGIC).putInt(FORMAT);
        writeId(out, snapshot.head());
        out.putInt(snapshot.typoThreshold());
        out.putInt(commits.size());
        for (GitFacts.Edit commit : commits) {
            out.putLong(commit.time().getEpochSecond());
            writeId(out, ObjectId.fromString(commit.commit().getBytes(StandardCharsets.US_ASCII), 0));
        }
        out.putInt(count);
        for (int i = 0; i < count; i++) {
            writeAnswer(out, pathBytes[i], answers[i], indexOf[i]);
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // named by process and thread rather than Files.createTempFile, whose owner-only mode would lock out
        // another account that checks the same work tree
        Path temp = folder.resolve(FILE + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId()
                + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                stream.write(out.array(), 0, out.position());
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        try {
            Files.deleteIfExists(folder.resolve(PREVIOUS_FILE));
        } catch (IOException e) {
            // a stale file of the older format is only disk space
        }
    }

    /** One path's answer; {@code commit} is the index of its edit's commit. */
    private static void writeAnswer(ByteBuffer out, byte[] path, Answer a, int commit) {
        out.putInt(path.length).put(path);
        out.putLong(a.lastCommit() == null ? UNKNOWN : a.lastCommit().getEpochSecond());
        if (a.edit() == null) {
            out.put(NO_EDIT);
        } else {
            out.put(a.created() ? CREATED : CONTENT_EDIT);
            out.putInt(commit).putInt(a.edit().contentLines());
        }
    }

    private static ObjectId readId(ByteBuffer in) {
        ObjectId id = ObjectId.fromRaw(in.array(), in.arrayOffset() + in.position());
        in.position(in.position() + Constants.OBJECT_ID_LENGTH);
        return id;
    }

    private static void writeId(ByteBuffer out, ObjectId id) {
        id.copyRawTo(out.array(), out.arrayOffset() + out.position());
        out.position(out.position() + Constants.OBJECT_ID_LENGTH);
    }
}
