package org.runbookgovernance.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.MetadataEntry;
import org.runbookgovernance.model.MetadataKeys;
import org.runbookgovernance.model.ReviewInterval;
import org.runbookgovernance.model.ReviewPolicy;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.parse.DocumentParser;
import org.runbookgovernance.parse.ParsedFile;
import org.runbookgovernance.record.ReviewTargets.Refusal;

/**
 * Reviews recorded in runbook files: every file's new text is worked out and read back before any file is
 * written, so a refused runbook leaves every file as it was. Reads and writes only the files of the runbooks it
 * is given; the day comes from the caller, never the clock.
 */
public final class ReviewRound {

    private final Path root;
    private final List<RecordedReview> reviews;
    private final List<Refusal> refused;
    /** New text by path, for the files that change. */
    private final Map<String, String> files;

    private ReviewRound(Path root, List<RecordedReview> reviews, List<Refusal> refused, Map<String, String> files) {
        this.root = root;
        this.reviews = List.copyOf(reviews);
        this.refused = List.copyOf(refused);
        this.files = Map.copyOf(files);
    }

    /**
     * The round that records a review on {@code on} by {@code reviewer} in each of {@code runbooks}: Next Review
     * becomes {@code on} plus the interval the review policy applies to the runbook. Nothing is written yet.
     */
    public static ReviewRound prepare(Path root, Inventory inventory, List<Runbook> runbooks, LocalDate on,
                                      Optional<String> reviewer) {
        ReviewPolicy policy = inventory.config().review();
        List<RecordedReview> reviews = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> originals = new LinkedHashMap<>();
        // Later sections of a page first: a line added in one leaves the lines of those above where they were.
        List<Runbook> ordered = new ArrayList<>(runbooks);
        ordered.sort(Comparator.comparing(Runbook::path)
                .thenComparing(r -> -r.section().map(s -> s.line()).orElse(0)));
        for (Runbook r : ordered) {
            Optional<String> problem = problem(r, on, reviewer);
            if (problem.isPresent()) {
                refused.add(new Refusal(Optional.of(r.path()), problem.get()));
                continue;
            }
            String path = r.path();
            if (!texts.containsKey(path)) {
                try {
                    String text = read(root.resolve(path));
                    texts.put(path, text);
                    originals.put(path, text);
                } catch (IOException e) {
                    refused.add(new Refusal(Optional.of(path), "cannot read it (" + e.getMessage() + ")"));
                    continue;
                }
            }
            ReviewInterval interval = policy.intervalFor(r);
            Review review = new Review(on, on.plus(interval.period()), reviewer);
            String rewritten;
            try {
                rewritten = ReviewLines.rewrite(texts.get(path), r.document(), review);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                refused.add(new Refusal(Optional.of(path), "cannot record the review of `" + name(r) + "`: "
                        + e.getMessage()));
                continue;
            }
            Optional<String> misread = r.section().isPresent() ? Optional.empty()
                    : misread(r, rewritten, policy, review);
            if (misread.isPresent()) {
                refused.add(new Refusal(Optional.of(path), "cannot record the review of `" + name(r) + "`: "
                        + misread.get() + "; edit its review lines by hand"));
                continue;
            }
            boolean changed = !rewritten.equals(texts.get(path));
            texts.put(path, rewritten);
            reviews.add(new RecordedReview(path, name(r), r.lastReview(), r.nextReview(), review, interval, changed));
        }
        Map<String, String> changed = new LinkedHashMap<>();
        texts.forEach((path, text) -> {
            if (!text.equals(originals.get(path))) {
                changed.put(path, text);
            }
        });
        // Back in the order the runbooks were named.
        List<RecordedReview> inOrder = new ArrayList<>();
        for (Runbook r : runbooks) {
            reviews.stream().filter(x -> x.path().equals(r.path()) && x.name().equals(name(r))).findFirst()
                    .ifPresent(inOrder::add);
        }
        return new ReviewRound(root, inOrder, refused, changed);
    }

    /** The reviews this round records, in the order the runbooks were given. */
    public List<RecordedReview> reviews() {
        return reviews;
    }

    /** Runbooks whose review cannot be recorded; when there is one, {@link #write} writes nothing. */
    public List<Refusal> refused() {
        return refused;
    }

    /** Writes every changed file, each atomically (a hidden file beside it, then moved over it). */
    public void write() throws IOException {
        if (!refused.isEmpty()) {
            throw new IllegalStateException("a round with refusals writes nothing: " + refused.get(0).message());
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            Replacement.write(root.resolve(f.getKey()), out -> out.write(bytes));
        }
    }

    /** How messages name a document: the runbook id, or the path of an index or a guide. */
    static String name(Runbook r) {
        return r.document().kind() == org.runbookgovernance.model.DocumentKind.RUNBOOK ? r.id().value() : r.path();
    }

    private static Optional<String> problem(Runbook r, LocalDate on, Optional<String> reviewer) {
        Optional<MetadataEntry> by = r.document().entry(MetadataKeys.REVIEWED_BY);
        if (by.isPresent() && reviewer.isEmpty()) {
            return Optional.of("`" + name(r) + "` says who reviewed it (`" + by.get().label() + "` on line "
                    + by.get().line() + "); give the reviewer with --by NAME so it does not keep the last one's name");
        }
        if (r.lastReview().isPresent() && r.lastReview().get().isAfter(on)) {
            return Optional.of("`" + name(r) + "` was last reviewed on " + r.lastReview().get() + ", after " + on
                    + "; give the day of this review with --date YYYY-MM-DD");
        }
        return Optional.empty();
    }

    /** Why the new text does not read back as the review written, or empty when it does. */
    private static Optional<String> misread(Runbook r, String text, ReviewPolicy policy, Review review) {
        ParsedFile parsed = DocumentParser.parse(r.path(), r.document().kind(), text.getBytes(StandardCharsets.UTF_8));
        if (parsed.document().isEmpty()) {
            return Optional.of("the new text does not parse");
        }
        Document d = parsed.document().get();
        Runbook after = Runbook.from(d);
        if (!after.lastReview().equals(Optional.of(review.on()))) {
            return Optional.of("its Last Review would read " + after.lastReview().map(Object::toString).orElse("nothing"));
        }
        Optional<LocalDate> due = policy.dueDate(after);
        if (!due.equals(Optional.of(review.next()))) {
            return Optional.of("its next review would be due " + due.map(Object::toString).orElse("never")
                    + ", not " + review.next());
        }
        if (review.reviewer().isPresent() && !d.entry(MetadataKeys.REVIEWED_BY).map(MetadataEntry::value)
                .map(v -> v.strip().replace("\"", "")).equals(review.reviewer().map(String::strip))) {
            return Optional.of("its Reviewed By would not read `" + review.reviewer().get() + "`");
        }
        return Optional.empty();
    }

    /** The file as text, refused when it is not UTF-8: rewriting would change bytes it does not mean to. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("it is not UTF-8 text", e);
        }
    }

    /**
     * One review as recorded.
     *
     * @param path       the file, relative to the repository root
     * @param name       the runbook id, or the path of a document that is no runbook
     * @param lastBefore the Last Review it declared
     * @param nextBefore the Next Review it declared
     * @param review     what it declares now
     * @param interval   the interval Next Review was counted with
     * @param changed    false when the file already said all this
     */
    public record RecordedReview(String path, String name, Optional<LocalDate> lastBefore,
                                 Optional<LocalDate> nextBefore, Review review, ReviewInterval interval,
                                 boolean changed) {
        public RecordedReview {
            Objects.requireNonNull(path, "path");
        }
    }
}
