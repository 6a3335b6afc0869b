package org.runbookgovernance.model;

/** A link or image target written in a document, as written (not yet resolved), with its line. */
public record Link(String target, String text, int line) {

    public Link {
        target = SharedText.of(target);
        text = SharedText.of(text);
    }

    public boolean isExternal() {
        String t = target.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("mailto:")
                || t.startsWith("tel:") || t.startsWith("ftp:") || t.startsWith("//");
    }
}
