package org.runbookgovernance.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.runbookgovernance.files.Replacement;
import org.runbookgovernance.model.ReviewState;
import org.runbookgovernance.yaml.SafeYaml;
import org.runbookgovernance.yaml.YamlLimits;

/**
 * The digests as files: one Markdown file per owner, written to be read as a mail body as well as rendered,
 * and {@code owners.json}, the index a job sends them by. Every file is written atomically (a hidden file
 * beside it, then moved); a digest an earlier round wrote for an owner who has none this round is removed.
 */
public final class DigestWriter {

    public static final int SCHEMA_VERSION = 1;

    private DigestWriter() {
    }

    /** Writes every digest and the index into {@code dir} (made when missing); returns the file names written. */
    public static List<String> write(Path dir, OwnerDigests digests) throws IOException {
        Files.createDirectories(dir);
        List<String> stale = previousFiles(dir);
        List<String> written = new ArrayList<>();
        for (OwnerDigest o : digests.owners()) {
            write(dir.resolve(o.file()), markdown(digests, o));
            written.add(o.file());
            stale.remove(o.file());
        }
        write(dir.resolve(OwnerDigests.INDEX_FILE), json(digests));
        written.add(OwnerDigests.INDEX_FILE);
        for (String file : stale) {
            Files.deleteIfExists(dir.resolve(file));
        }
        return written;
    }

    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Replacement.write(file, out -> out.write(bytes));
    }

    /** The digest files the folder's current index names: only those are ours to remove. */
    private static List<String> previousFiles(Path dir) {
        Path index = dir.resolve(OwnerDigests.INDEX_FILE);
        List<String> files = new ArrayList<>();
        try {
            if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
                return files;
            }
            Object json = SafeYaml.load(Files.readString(index, StandardCharsets.UTF_8), index.toString(), 1,
                    YamlLimits.SMALL);
            if (json instanceof Map<?, ?> top && top.get("owners") instanceof List<?> owners) {
                for (Object o : owners) {
                    if (o instanceof Map<?, ?> owner && owner.get("file") instanceof String file
                            && file.matches("[a-z0-9_][a-z0-9._-]*\\.md")) {
                        files.add(file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an index we cannot read names nothing to remove; it is replaced below
        }
        return files;
    }

    // ---- one owner's digest ----

    public static String markdown(OwnerDigests d, OwnerDigest o) {
        StringBuilder out = new StringBuilder();
        String who = o.isNoOwner() ? "runbooks without an owner" : o.owner();
        out.append("# Runbook review for ").append(ReviewPlanWriter.markdownText(who)).append(" — ")
                .append(d.today()).append("\n\n");
        int n = o.runbooks().size();
        out.append(n == 1 ? "1 runbook" : n + " runbooks").append(o.isNoOwner() ? " with no owner" : "")
                .append(" to review in the next ").append(d.horizonDays() == 1 ? "1 day" : d.horizonDays() + " days")
                .append(counts(o)).append("\n");
        if (o.isNoOwner()) {
            out.append("Name an owner in each runbook's metadata, in CODEOWNERS or in an OWNERS file.\n");
        } else if (o.names().size() > 1 || !o.names().get(0).equals(o.owner())) {
            out.append("Owner as written: ").append(ReviewPlanWriter.markdownText(String.join(", ", o.names())))
                    .append(".\n");
        }
        section(out, "Overdue", o.in(ReviewState.OVERDUE), d);
        section(out, "Never reviewed", o.in(ReviewState.NEVER_REVIEWED), d);
        List<ReviewItem> due = new ArrayList<>(o.in(ReviewState.DUE_SOON));
        due.addAll(o.in(ReviewState.FRESH));
        section(out, "Due", due, d);
        out.append("\nReview each runbook, then record the review in its Last Review and Next Review.\n");
        return out.toString();
    }

    private static String counts(OwnerDigest o) {
        StringJoiner parts = new StringJoiner(", ", ": ", ".");
        parts.setEmptyValue(".");
        for (ReviewState state : ReviewPlan.URGENCY) {
            int n = o.count(state);
            if (n > 0) {
                parts.add(n + " " + (state == ReviewState.FRESH ? "due later" : state.label().replace('-', ' ')));
            }
        }
        return parts.toString();
    }

    private static void section(StringBuilder out, String title, List<ReviewItem> items, OwnerDigests d) {
        if (items.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append(" (").append(items.size()).append(")\n\n");
        for (ReviewItem i : items) {
            String link = d.links().get(i.path());
            String id = ReviewPlanWriter.markdownText(i.id());
            out.append("- ").append(link == null ? id : "[" + id + "](" + urlTarget(link) + ")");
            if (!i.title().isEmpty() && !i.title().equals(i.id())) {
                out.append(" ").append(ReviewPlanWriter.markdownText(i.title()));
            }
            if (!i.severity().isEmpty()) {
                out.append(" (").append(ReviewPlanWriter.markdownText(i.severity())).append(")");
            }
            out.append("\n  ").append(when(i, d.today())).append("\n");
            if (link == null) {
                out.append("  File: `").append(i.path().replace("`", "'")).append("`\n");
            }
            if (!i.alerts().isEmpty()) {
                StringJoiner alerts = new StringJoiner(", ");
                i.alerts().forEach(a -> alerts.add(ReviewPlanWriter.markdownText(a.display())));
                out.append("  Alerts: ").append(alerts).append("\n");
            }
        }
    }

    /** A web address as a link destination: what would end it is percent-encoded; its own escapes are kept. */
    static String urlTarget(String url) {
        return ReviewPlanWriter.linkTarget(url, false);
    }

    /** "Due 2026-11-20, 6 days ago; last reviewed 2026-08-20, 98 days ago." */
    static String when(ReviewItem i, LocalDate today) {
        StringBuilder s = new StringBuilder();
        if (i.due() == null) {
            s.append("Never reviewed");
        } else {
            s.append(i.daysLeft() < 0 ? "Was due " : "Due ").append(i.due()).append(", ").append(days(i.daysLeft()));
        }
        if (i.lastReview() != null) {
            s.append("; last reviewed ").append(i.lastReview()).append(i.fromGit() == null ? "" : " (from git)")
                    .append(", ").append(days(-i.ageOn(today).getAsLong()));
        }
        return s.append('.').toString();
    }

    private static String days(long fromToday) {
        if (fromToday == 0) {
            return "today";
        }
        long n = Math.abs(fromToday);
        String count = n == 1 ? "1 day" : n + " days";
        return fromToday < 0 ? count + " ago" : "in " + count;
    }

    // ---- owners.json ----

    /** Per owner: its names, address (null when none), file and counts, and the ids of its runbooks. */
    public static String json(OwnerDigests d) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
        out.append("  \"today\": ").append(ReviewPlanWriter.jsonString(d.today().toString())).append(",\n");
        out.append("  \"horizonDays\": ").append(d.horizonDays()).append(",\n");
        out.append("  \"owners\": [");
        boolean first = true;
        for (OwnerDigest o : d.owners()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            StringJoiner names = new StringJoiner(", ", "[", "]");
            o.names().forEach(nm -> names.add(ReviewPlanWriter.jsonString(nm)));
            StringJoiner ids = new StringJoiner(", ", "[", "]");
            o.runbooks().forEach(r -> ids.add(ReviewPlanWriter.jsonString(r.id())));
            out.append("    {\"owner\": ").append(ReviewPlanWriter.jsonString(o.owner()))
                    .append(", \"names\": ").append(names)
                    .append(", \"address\": ").append(o.address().map(ReviewPlanWriter::jsonString).orElse("null"))
                    .append(", \"file\": ").append(ReviewPlanWriter.jsonString(o.file()))
                    .append(", \"runbooks\": ").append(o.runbooks().size())
                    .append(", \"overdue\": ").append(o.count(ReviewState.OVERDUE))
                    .append(", \"neverReviewed\": ").append(o.count(ReviewState.NEVER_REVIEWED))
                    .append(", \"dueSoon\": ").append(o.count(ReviewState.DUE_SOON))
                    .append(", \"later\": ").append(o.count(ReviewState.FRESH))
                    .append(", \"ids\": ").append(ids).append('}');
        }
        out.append(first ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }
}
