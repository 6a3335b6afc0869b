package org.runbookgovernance.git;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
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

    static final String FILE = "history-v1.bin";
    private static final int MAGIC = 0x52474843; // "RGHC"
    /** Bumped whenever the walk's answers could change for the same history and threshold. */
    private static final int FORMAT = 1;

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
        if (bytes.length < 12) {
            return new Unreadable("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xff);
        }
        if (stored != crc.getValue()) {
            return new Unreadable("checksum mismatch");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return new Unreadable("not a history cache of this version");
            }
            ObjectId head = readId(in);
            int threshold = in.readInt();
            int count = in.readInt();
            if (count < 0) {
                return new Unreadable("negative count");
            }
            Map<String, Answer> answers = new HashMap<>(count * 4 / 3 + 1);
            // many runbooks share a commit (the import that created them): one String per commit
            Map<ObjectId, String> names = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                long last = in.readLong();
                byte kind = in.readByte();
                GitFacts.Edit edit = null;
                if (kind != NO_EDIT) {
                    Instant time = Instant.ofEpochSecond(in.readLong());
                    String commit = names.computeIfAbsent(readId(in), ObjectId::name);
                    edit = new GitFacts.Edit(time, commit, in.readInt());
                }
                answers.put(path, new Answer(last == UNKNOWN ? null : Instant.ofEpochSecond(last), edit,
                        kind == CREATED));
            }
            if (in.available() != 0) {
                return new Unreadable("trailing bytes");
            }
            return new Readable(new Snapshot(head, threshold, answers));
        } catch (EOFException e) {
            return new Unreadable("truncated");
        } catch (IOException | RuntimeException e) {
            return new Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Writes {@code snapshot} to {@code file} through a temporary file in the same folder, moved into place. */
    static void write(Path file, Snapshot snapshot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + snapshot.answers().size() * 96);
        CRC32 crc = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(bytes, crc))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeId(out, snapshot.head());
            out.writeInt(snapshot.typoThreshold());
            out.writeInt(snapshot.answers().size());
            // many runbooks share a commit (the import that created them): its id parsed once
            Map<String, byte[]> ids = new HashMap<>();
            for (Map.Entry<String, Answer> e : snapshot.answers().entrySet()) {
                Answer a = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(a.lastCommit() == null ? UNKNOWN : a.lastCommit().getEpochSecond());
                if (a.edit() == null) {
                    out.writeByte(NO_EDIT);
                } else {
                    out.writeByte(a.created() ? CREATED : CONTENT_EDIT);
                    out.writeLong(a.edit().time().getEpochSecond());
                    out.write(ids.computeIfAbsent(a.edit().commit(), HistoryCache::rawId));
                    out.writeInt(a.edit().contentLines());
                }
            }
            out.flush();
            long sum = crc.getValue();
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes.write((int) (sum >>> shift));
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // named by process and thread rather than Files.createTempFile, whose owner-only mode would lock out
        // another account that checks the same work tree
        Path temp = folder.resolve(FILE + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId()
                + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                bytes.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ObjectId readId(DataInputStream in) throws IOException {
        byte[] raw = new byte[20];
        in.readFully(raw);
        return ObjectId.fromRaw(raw);
    }

    private static byte[] rawId(String name) {
        byte[] raw = new byte[20];
        ObjectId.fromString(name).copyRawTo(raw, 0);
        return raw;
    }

    private static void writeId(DataOutputStream out, ObjectId id) throws IOException {
        byte[] raw = new byte[20];
        id.copyRawTo(raw, 0);
        out.write(raw);
    }
}
