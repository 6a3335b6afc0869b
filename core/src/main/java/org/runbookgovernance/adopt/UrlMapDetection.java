package org.runbookgovernance.adopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code runbook_url_map} from the references themselves: for each runbook URL, the longest tail that names a
 * page in the repository (as written, or lower-cased without {@code .md} as static sites serve it) splits it into
 * a prefix and the folder the tail starts in; each prefix maps to the folder most of its URLs agree on.
 */
public record UrlMapDetection(Map<String, String> map, Map<String, Integer> resolved, List<String> unresolved,
                              List<String> templated, Set<String> pages, Map<String, String> pageByUrl) {

    public UrlMapDetection {
        map = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
        resolved = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resolved));
        unresolved = List.copyOf(unresolved);
        templated = List.copyOf(templated);
        pages = Set.copyOf(pages);
        pageByUrl = java.util.Collections.unmodifiableMap(new TreeMap<>(pageByUrl));
    }

    public static UrlMapDetection of(List<String> urls, List<String> markdown) {
        Map<String, Set<String>> folderByTail = new HashMap<>();
        Map<String, Set<String>> pageByTail = new HashMap<>();
        tails(markdown, folderByTail, pageByTail);
        Set<String> pages = new TreeSet<>();
        Map<String, String> pageByUrl = new TreeMap<>();
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        List<String> unresolved = new ArrayList<>();
        List<String> templated = new ArrayList<>();
        for (String url : urls) {
            if (url.contains("{{") || url.contains("$")) {
                templated.add(url);
                continue;
            }
            if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("/")) {
                continue; // a repository-relative path resolves without a map
            }
            String u = url.replaceAll("[#?].*$", "");
            int start = u.startsWith("/") ? 0 : u.indexOf('/', u.indexOf("://") + 3);
            boolean found = false;
            for (int i = start; i >= 0 && i < u.length() && !found; i = u.indexOf('/', i + 1)) {
                String tail = key(u.substring(i + 1));
                Set<String> folders = tail.isEmpty() ? null : folderByTail.get(tail);
                if (folders != null) {
                    found = true;
                    pages.addAll(pageByTail.get(tail));
                    pageByUrl.put(url, pageByTail.get(tail).iterator().next());
                    for (String folder : folders) {
                        votes.computeIfAbsent(u.substring(0, i + 1), p -> new TreeMap<>()).merge(folder, 1, Integer::sum);
                    }
                }
            }
            if (!found) {
                unresolved.add(url);
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        Map<String, Integer> resolved = new LinkedHashMap<>();
        votes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Map<String, Integer>> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String folder = e.getValue().entrySet().stream()
                            .max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
                                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                            .orElseThrow().getKey();
                    map.put(e.getKey(), folder);
                    resolved.put(e.getKey(), e.getValue().get(folder));
                });
        return new UrlMapDetection(map, resolved, unresolved, templated, pages, pageByUrl);
    }

    private static int total(Map<String, Integer> votes) {
        return votes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every tail of every page's key (lower case, no {@code .md}, a folder page as its folder) → its folder. */
    private static void tails(List<String> markdown, Map<String, Set<String>> tails, Map<String, Set<String>> pages) {
        for (String path : markdown) {
            String original = path.substring(0, path.length() - 3);
            addTails(tails, pages, path, key(path), original);
            String name = RepositorySurvey.name(path).toLowerCase(Locale.ROOT);
            if (name.equals("readme.md") || name.equals("index.md") || name.equals("_index.md")) {
                addTails(tails, pages, path, RepositorySurvey.folder(key(path)), RepositorySurvey.folder(original));
            }
        }
    }

    private static void addTails(Map<String, Set<String>> tails, Map<String, Set<String>> pages, String path, String k,
                                 String original) {
        {
            if (k.isEmpty()) {
                return;
            }
            String[] parts = k.split("/");
            String[] originalParts = original.split("/");
            for (int j = 0; j < parts.length; j++) {
                String tail = String.join("/", java.util.Arrays.copyOfRange(parts, j, parts.length));
                String folder = j == 0 ? "." : String.join("/", java.util.Arrays.copyOfRange(originalParts, 0, j));
                tails.computeIfAbsent(tail, t -> new TreeSet<>()).add(folder);
                pages.computeIfAbsent(tail, t -> new TreeSet<>()).add(path);
            }
        }
    }

    private static String key(String path) {
        String k = path.toLowerCase(Locale.ROOT);
        while (k.endsWith("/")) {
            k = k.substring(0, k.length() - 1);
        }
        if (k.endsWith(".md")) {
            k = k.substring(0, k.length() - 3);
        } else if (k.endsWith(".html")) {
            k = k.substring(0, k.length() - 5);
        }
        return k;
    }
}
