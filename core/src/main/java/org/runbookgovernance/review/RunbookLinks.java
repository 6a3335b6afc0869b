package org.runbookgovernance.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.runbookgovernance.alerts.AlertSettings;
import org.runbookgovernance.config.Config;
import org.runbookgovernance.index.IndexPaths;
import org.runbookgovernance.index.IndexSettings;

/**
 * The web address a digest links a runbook with: under {@code index.base_url} (the repository's web view) when
 * configured; else the address an alert pages with, which {@code alerts.runbook_url_map} resolved to it; else
 * under a {@code runbook_url_map} base that is a code host's file view ({@code …/blob/main/}), whose paths are
 * the repository's. A published site is linked only through its alerts' addresses: it may lower-case paths and
 * drop {@code .md}, which cannot be guessed back.
 */
final class RunbookLinks {

    /** Links nothing: every runbook is named by its path. */
    static final RunbookLinks NONE = new RunbookLinks(Optional.empty(), Map.of());

    private final Optional<String> baseUrl;
    private final Map<String, String> urlMap;

    private RunbookLinks(Optional<String> baseUrl, Map<String, String> urlMap) {
        this.baseUrl = baseUrl;
        this.urlMap = urlMap;
    }

    static RunbookLinks of(Config config) {
        return new RunbookLinks(IndexSettings.from(config).baseUrl(),
                AlertSettings.from(config, List.of(), Map.of()).urlMap());
    }

    Optional<String> of(ReviewItem item) {
        if (baseUrl.isPresent()) {
            return Optional.of(IndexPaths.url(baseUrl.get(), item.path()));
        }
        Optional<String> paged = item.alerts().stream().map(RoutedAlert::url).flatMap(Optional::stream).findFirst();
        if (paged.isPresent()) {
            return paged;
        }
        for (Map.Entry<String, String> e : urlMap.entrySet()) {
            if (!isFileView(e.getKey())) {
                continue;
            }
            String folder = e.getValue().equals(".") ? "" : e.getValue().replaceAll("/+$", "") + "/";
            if (item.path().startsWith(folder)) {
                return Optional.of(IndexPaths.url(e.getKey(), item.path().substring(folder.length())));
            }
        }
        return Optional.empty();
    }

    /** GitHub's, Gitea's and GitLab's views of a file at a ref: the path after the base is the file's. */
    private static boolean isFileView(String base) {
        String b = base.toLowerCase(Locale.ROOT);
        return (b.startsWith("https://") || b.startsWith("http://"))
                && (b.contains("/blob/") || b.contains("/src/branch/") || b.contains("/-/blob/"));
    }
}
