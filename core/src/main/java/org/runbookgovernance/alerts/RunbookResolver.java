package org.runbookgovernance.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runbookgovernance.model.Alert;
import org.runbookgovernance.model.AlertOrigin;
import org.runbookgovernance.model.Document;
import org.runbookgovernance.model.Heading;
import org.runbookgovernance.inventory.Inventory;
import org.runbookgovernance.model.RepositoryPaths;
import org.runbookgovernance.model.Runbook;
import org.runbookgovernance.model.RunbookId;

/**
 * Resolves an alert's runbook reference to a document of the inventory:
 * <ul>
 * <li>repository-relative paths, tried from the rule file's folder and then from the root;</li>
 * <li>a bare runbook id ({@code RB-007});</li>
 * <li>URLs through the {@code runbook_url_map} bases (longest base first). GitHub {@code /blob/},
 * {@code /tree/} and {@code raw.githubusercontent.com} URLs are the same file, and a base naming only the
 * repository ({@code https://github.com/org/repo}) covers every ref. Static sites lowercase paths and drop
 * {@code .md}: lookup ignores case and tries {@code .md}, {@code .html}, {@code README.md},
 * {@code index.md} and {@code _index.md};</li>
 * <li>site paths ({@code /runbooks/kubernetes/kubenope/}) through the {@code runbook_url_map} keys that are site
 * paths, or the path part of a URL key (not GitHub's), looked up as static sites publish them (above);</li>
 * <li>a {@code #fragment} must name a heading of the document (GitHub's {@code #L12} line anchors too) or an
 * HTML anchor ({@code <a name>}, an element's {@code id}).</li>
 * </ul>
 * Templated parts the rule fixes are rendered first; what stays dynamic is {@link Resolution.Kind#UNVERIFIABLE}.
 */
public final class RunbookResolver {

    private static final Pattern GITHUB = Pattern.compile(
            "https?://(?:www\\.)?github\\.com/([^/]+)/([^/]+)/(?:blob|tree|raw)/([^/]+)/?(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GITHUB_RAW = Pattern.compile(
            "https?://raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/([^/]+)/?(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GITHUB_REPO = Pattern.compile(
            "https?://(?:www\\.)?github\\.com/([^/]+)/([^/]+?)(?:\\.git)?/?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_ID = Pattern.compile("[A-Za-z]{2,8}-\\d{1,6}");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L(\\d+)(?:C\\d+)?(?:-L(\\d+)(?:C\\d+)?)?");

    private final Inventory inventory;
    private final Map<String, String> byLowerPath = new HashMap<>();
    /** Normalised base URL → repository folder ("" for the root), longest base first. */
    private final Map<String, String> bases = new LinkedHashMap<>();
    /** Site path ("/runbooks/") → repository folder ("content/runbooks/", "" for the root), longest first. */
    private final Map<String, String> sitePaths = new LinkedHashMap<>();
    /** Site path → the {@code runbook_url_map} key it came from, as configured, for messages. */
    private final Map<String, String> siteKeys = new HashMap<>();
    /** Tens of thousands of alerts share a few thousand URLs: each is resolved once. */
    private final Map<String, Resolution> byUrl = new ConcurrentHashMap<>();
    /** Made once: a method reference made per call is an object per alert. */
    private final java.util.function.Function<String, Resolution> urlResolution = this::resolveUrl;
    /** The answers for runbooks' own alerts, by runbook path. */
    private final Map<String, Resolution> byOwnPath = new ConcurrentHashMap<>();
    private final java.util.function.Function<String, Resolution> ownPathResolution = p -> resolved(p, Optional.empty());

    public RunbookResolver(Inventory inventory, AlertSettings settings) {
        this.inventory = inventory;
        for (Document d : inventory.documents()) {
            byLowerPath.putIfAbsent(d.path().toLowerCase(Locale.ROOT), d.path());
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        List<Map.Entry<String, String>> sites = new ArrayList<>();
        settings.urlMap().forEach((base, dir) -> {
            String folder = RepositoryPaths.normalize(dir).map(p -> p.isEmpty() ? "" : p + "/").orElse("");
            if (base.startsWith("/")) {
                String path = base.endsWith("/") ? base : base + "/";
                sites.add(Map.entry(path, folder));
                siteKeys.putIfAbsent(path, base);
                return;
            }
            String normal = normaliseBase(base);
            entries.add(Map.entry(normal, folder));
            sitePath(normal).ifPresent(path -> {
                sites.add(Map.entry(path, folder));
                siteKeys.putIfAbsent(path, base);
            });
        });
        Comparator<Map.Entry<String, String>> longestFirst =
                Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed();
        entries.sort(longestFirst);
        entries.forEach(e -> bases.putIfAbsent(e.getKey(), e.getValue()));
        // Site paths written as keys come before the path parts of URLs of the same length: stable sort.
        sites.sort(longestFirst);
        sites.forEach(e -> sitePaths.putIfAbsent(e.getKey(), e.getValue()));
    }

    /** The resolver of an inventory's own settings, made once and shared by the rules that need it. */
    public static RunbookResolver of(Inventory inventory) {
        return inventory.derived(RunbookResolver.class,
                i -> new RunbookResolver(i, AlertSettings.from(i.config(), List.of(), Map.of())));
    }

    /** The path part of a normalised base URL ("/runbooks/"), except GitHub's, which serves no site. */
    private static Optional<String> sitePath(String normalBase) {
        int scheme = normalBase.indexOf("://");
        int slash = scheme < 0 ? -1 : normalBase.indexOf('/', scheme + 3);
        if (slash < 0 || GITHUB.matcher(normalBase).matches() || GITHUB_REPO.matcher(normalBase).matches()
                || GITHUB_RAW.matcher(normalBase).matches()) {
            return Optional.empty();
        }
        return Optional.of(normalBase.substring(slash));
    }

    /** True when some {@code runbook_url_map} key is a site path (or a URL with one) to resolve site links by. */
    public boolean mapsSitePaths() {
        return !sitePaths.isEmpty();
    }

    /**
     * Where a site-absolute path ({@code /runbooks/kubernetes/kubenope/}, without fragment or query) is published
     * from: RESOLVED with the document, or DANGLING saying which folder was looked in; empty when no site path of
     * {@code runbook_url_map} covers it, so nothing can be said.
     */
    public Optional<Resolution> resolveSitePath(String sitePath) {
        Resolution dangling = null;
        for (Map.Entry<String, String> site : sitePaths.entrySet()) {
            String key = site.getKey();
            if (!sitePath.startsWith(key) && !isBaseWithoutSlash(sitePath, key)) {
                continue;
            }
            String rest = sitePath.length() > key.length() ? RepositoryPaths.decode(sitePath.substring(key.length())) : "";
            Optional<String> path = normalize(site.getValue() + rest);
            String found = path.isPresent() ? find(path.get()) : null;
            if (found != null) {
                return Optional.of(resolved(found, Optional.empty()));
            }
            if (dangling == null) {
                dangling = new Resolution(Optional.empty(), Optional.empty(), Resolution.Kind.DANGLING, "`" + sitePath
                        + "` is published from `" + path.orElse(site.getValue() + rest) + "` through `"
                        + siteKeys.getOrDefault(key, key) + "`, and no document is there");
            }
        }
        return Optional.ofNullable(dangling);
    }

    /** The repository paths a site path maps to, one per {@code runbook_url_map} site path covering it, longest first. */
    public List<String> sitePathSources(String sitePath) {
        List<String> out = new ArrayList<>(1);
        for (Map.Entry<String, String> site : sitePaths.entrySet()) {
            String key = site.getKey();
            if (sitePath.startsWith(key) || isBaseWithoutSlash(sitePath, key)) {
                String rest = sitePath.length() > key.length() ? RepositoryPaths.decode(sitePath.substring(key.length())) : "";
                normalize(site.getValue() + rest).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The document a static site or GitHub serves for a repository path: the path itself, or with {@code .md},
     * {@code README.md}, {@code index.md} or {@code _index.md}, ignoring case when nothing matches exactly.
     */
    public Optional<String> findPage(String path) {
        return Optional.ofNullable(find(path));
    }

    public Resolution resolve(Alert alert) {
        if (alert.runbookRef().isEmpty() || alert.runbookRef().get().isBlank()) {
            return Resolution.none();
        }
        String ref = alert.runbookRef().get().strip();
        if (ReferenceTemplate.hasActions(ref)) {
            ReferenceTemplate t = ReferenceTemplate.render(ref, alert.name(), alert.labels());
            if (t.isTemplated()) {
                return new Resolution(Optional.empty(), Optional.empty(), Resolution.Kind.UNVERIFIABLE,
                        "`" + String.join("`, `", t.dynamicParts()) + "` depends on the firing alert's labels, "
                                + "so the runbook it names is known only when the alert fires");
            }
            ref = t.rendered();
        }
        if (alert.origin() == AlertOrigin.RUNBOOK_METADATA) {
            // A runbook's own alerts name the runbook itself: one answer per runbook, however many alerts it lists.
            Resolution known = byOwnPath.get(ref);
            return known != null ? known : byOwnPath.computeIfAbsent(ref, ownPathResolution);
        }
        // Compared in place: lower-casing each of 100,000 references only to look at its scheme was a copy each.
        if (startsWithLowered(ref, "http://") || startsWithLowered(ref, "https://")) {
            Resolution known = byUrl.get(ref);
            return known != null ? known : byUrl.computeIfAbsent(ref, urlResolution);
        }
        if (BARE_ID.matcher(ref).matches()) {
            return resolveId(ref);
        }
        return resolvePath(ref, alert);
    }

    private Resolution resolveId(String id) {
        Optional<Runbook> r = inventory.runbook(RunbookId.of(id));
        return r.map(x -> resolved(x.path(), Optional.empty())).orElseGet(() -> new Resolution(Optional.empty(),
                Optional.empty(), Resolution.Kind.DANGLING, "no runbook declares the id `" + id + "`"));
    }

    private Resolution resolvePath(String ref, Alert alert) {
        int hash = ref.indexOf('#');
        String path = RepositoryPaths.decode(hash < 0 ? ref : ref.substring(0, hash));
        Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(ref.substring(hash + 1));
        // A site path where a mapping covers it; a path from the root, as GitHub reads it, when that finds nothing.
        Optional<Resolution> site = path.startsWith("/") && !sitePaths.isEmpty() ? resolveSitePath(path)
                : Optional.empty();
        if (site.isPresent() && site.get().resolved()) {
            return withAnchor(site.get().runbookPath().orElseThrow(), anchor);
        }
        List<String> tried = new ArrayList<>();
        if (!path.startsWith("/") && alert.origin() == AlertOrigin.RULE_FILE) {
            String fromFile = RepositoryPaths.folderOf(alert.position().path()) + path;
            Optional<String> normal = RepositoryPaths.normalize(fromFile);
            String found = normal.isPresent() ? find(normal.get()) : null;
            if (found != null) {
                return withAnchor(found, anchor);
            }
            RepositoryPaths.normalize(fromFile).ifPresent(tried::add);
        }
        Optional<String> fromRoot = RepositoryPaths.normalize(path);
        if (fromRoot.isEmpty()) {
            return new Resolution(Optional.empty(), anchor, Resolution.Kind.DANGLING,
                    "`" + path + "` leads outside the repository");
        }
        String found = find(fromRoot.get());
        if (found != null) {
            return withAnchor(found, anchor);
        }
        if (!tried.contains(fromRoot.get())) {
            tried.add(fromRoot.get());
        }
        if (site.isPresent()) {
            return new Resolution(Optional.empty(), anchor, Resolution.Kind.DANGLING, site.get().detail());
        }
        return new Resolution(Optional.empty(), anchor, Resolution.Kind.DANGLING,
                "no document at `" + String.join("` or `", tried) + "`");
    }

    private Resolution resolveUrl(String url) {
        int hash = url.indexOf('#');
        Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(url.substring(hash + 1));
        String noFragment = hash < 0 ? url : url.substring(0, hash);
        int query = noFragment.indexOf('?');
        String bare = query < 0 ? noFragment : noFragment.substring(0, query);
        Resolution dangling = null;
        String first = normaliseUrl(bare);
        List<String> others = null; // the GitHub forms, made only when the URL as written does not resolve
        for (int f = 0; ; f++) {
            String candidate;
            if (f == 0) {
                candidate = first;
            } else {
                if (others == null) {
                    others = githubForms(first);
                }
                if (f > others.size()) {
                    break;
                }
                candidate = others.get(f - 1);
            }
            for (Map.Entry<String, String> base : bases.entrySet()) {
                String b = base.getKey();
                if (candidate.startsWith(b) || isBaseWithoutSlash(candidate, b)) {
                    String rest = candidate.length() > b.length() ? RepositoryPaths.decode(candidate.substring(b.length())) : "";
                    Optional<String> path = normalize(base.getValue() + rest);
                    String found = path.isPresent() ? find(path.get()) : null;
                    if (found != null) {
                        return withAnchor(found, anchor);
                    }
                    if (dangling == null) {
                        dangling = new Resolution(Optional.empty(), anchor, Resolution.Kind.DANGLING, "`" + url
                                + "` maps to `" + path.orElse(base.getValue() + rest) + "` through `" + b
                                + "`, and no document is there");
                    }
                }
            }
        }
        if (dangling != null) {
            return dangling;
        }
        return new Resolution(Optional.empty(), anchor, Resolution.Kind.EXTERNAL_UNMAPPED,
                "no runbook URL mapping covers `" + url + "`");
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT).startsWith(lowerAscii)} without the copy. Only ASCII letters lower to
     * the letters of a scheme (unlike regionMatches' case folding, which takes 'ſ' for 's').
     */
    static boolean startsWithLowered(String text, String lowerAscii) {
        if (text.length() < lowerAscii.length()) {
            return false;
        }
        for (int i = 0; i < lowerAscii.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerAscii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code (candidate + "/").equals(base)} without the copy. */
    private static boolean isBaseWithoutSlash(String candidate, String base) {
        return base.length() == candidate.length() + 1 && base.endsWith("/") && base.startsWith(candidate);
    }

    /** As {@link RepositoryPaths#normalize}; a path with nothing to fold is returned as it is, without splitting it. */
    static Optional<String> normalize(String path) {
        int at = 0;
        int n = path.length();
        boolean plain = n > 0 && path.indexOf('\\') < 0;
        while (plain && at <= n) {
            int slash = path.indexOf('/', at);
            int end = slash < 0 ? n : slash;
            int len = end - at;
            // Empty segments (leading, trailing or doubled slashes), "." and ".." need folding.
            if (len == 0 || (path.charAt(at) == '.' && (len == 1 || (len == 2 && path.charAt(at + 1) == '.')))) {
                plain = false;
            }
            at = end + 1;
        }
        return plain ? Optional.of(path) : RepositoryPaths.normalize(path);
    }

    /** The equivalent GitHub forms of a normalised URL: blob instead of tree/raw, and repository root + path. */
    private static List<String> githubForms(String n) {
        List<String> forms = new ArrayList<>(2);
        Matcher gh = GITHUB.matcher(n);
        Matcher raw = GITHUB_RAW.matcher(n);
        Matcher m = gh.matches() ? gh : raw.matches() ? raw : null;
        if (m != null) {
            String repo = "https://github.com/" + m.group(1) + "/" + m.group(2) + "/";
            forms.add(repo + "blob/" + m.group(3) + "/" + m.group(4));
            forms.add(repo + m.group(4));
        }
        return forms;
    }

    /** Lower-case scheme and host, https, and the GitHub forms a base may be written in, ending in '/'. */
    static String normaliseBase(String base) {
        String n = normaliseUrl(base.strip());
        Matcher repo = GITHUB_REPO.matcher(n);
        if (repo.matches()) {
            return "https://github.com/" + repo.group(1) + "/" + repo.group(2) + "/";
        }
        Matcher gh = GITHUB.matcher(n);
        Matcher raw = GITHUB_RAW.matcher(n);
        Matcher m = gh.matches() ? gh : raw.matches() ? raw : null;
        if (m != null) {
            n = "https://github.com/" + m.group(1) + "/" + m.group(2) + "/blob/" + m.group(3) + "/" + m.group(4);
        }
        return n.endsWith("/") ? n : n + "/";
    }

    private static String normaliseUrl(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int pathStart = url.indexOf('/', scheme + 3);
        String host = (pathStart < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, pathStart))
                .toLowerCase(Locale.ROOT);
        if (host.startsWith("www.github.com")) {
            host = host.substring(4);
        }
        return "https://" + host + (pathStart < 0 ? "" : url.substring(pathStart));
    }

    /** The inventory path for a repository path, the way static sites and GitHub serve it; null when none. */
    private String find(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (inventory.document(p).isPresent()) {
            return p; // the first candidate below, and nearly every reference: no list to build
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(p);
        String lowerP = p.toLowerCase(Locale.ROOT);
        if (lowerP.endsWith(".html") || lowerP.endsWith(".htm")) {
            candidates.add(p.substring(0, p.lastIndexOf('.')) + ".md");
        }
        candidates.add(p + ".md");
        String prefix = p.isEmpty() ? "" : p + "/";
        candidates.add(prefix + "README.md");
        candidates.add(prefix + "index.md");
        candidates.add(prefix + "_index.md");
        for (String c : candidates) {
            if (inventory.document(c).isPresent()) {
                return c;
            }
        }
        for (String c : candidates) {
            String hit = byLowerPath.get(c.toLowerCase(Locale.ROOT));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private Resolution withAnchor(String path, Optional<String> anchor) {
        if (anchor.isEmpty() || anchor.get().isEmpty()) {
            return resolved(path, Optional.empty());
        }
        Document doc = inventory.document(path).orElseThrow();
        String wanted = RepositoryPaths.decode(anchor.get());
        if (hasAnchor(doc, wanted.toLowerCase(Locale.ROOT)) || hasHeading(doc, wanted) || hasHtmlAnchor(doc, wanted)) {
            return resolved(path, anchor);
        }
        return new Resolution(Optional.of(path), anchor, Resolution.Kind.DANGLING,
                "`" + path + "` has no heading with the anchor `#" + anchor.get() + "`");
    }

    /**
     * Whether a heading's anchor, lower-cased, is {@code lower}. A scan of the document's few headings, not a
     * set per document, which would be kept to the end of a check for lookups made once per distinct
     * reference. Anchors are slugs, lower case already, so lower-casing them copies nothing.
     */
    private static boolean hasAnchor(Document doc, String lower) {
        List<Heading> headings = doc.headings();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).anchor().toLowerCase(Locale.ROOT).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** An {@code <a name>} or element {@code id} of the document, compared ignoring case as headings are. */
    private static boolean hasHtmlAnchor(Document doc, String anchor) {
        for (String a : doc.htmlAnchors()) {
            if (a.equalsIgnoreCase(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** A heading anchor, compared as GitHub and static sites write it (case-insensitive), or a #L line anchor. */
    static boolean hasHeading(Document doc, String anchor) {
        String a = anchor.toLowerCase(Locale.ROOT);
        for (Heading h : doc.headings()) {
            if (h.anchor().equalsIgnoreCase(a) || slug(h.text()).equals(a)) {
                return true;
            }
        }
        Matcher line = LINE_ANCHOR.matcher(anchor);
        if (line.matches()) {
            int last = Integer.parseInt(line.group(line.group(2) != null ? 2 : 1));
            return last >= 1 && last <= Math.max(doc.lineCount(), 1);
        }
        return false;
    }

    /** GitHub's heading slug: lower case, punctuation dropped, spaces to '-'. */
    static String slug(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }

    private static Resolution resolved(String path, Optional<String> anchor) {
        return new Resolution(Optional.of(path), anchor, Resolution.Kind.RESOLVED, "`" + path + "`"
                + anchor.map(a -> " heading `#" + a + "`").orElse(""));
    }
}
