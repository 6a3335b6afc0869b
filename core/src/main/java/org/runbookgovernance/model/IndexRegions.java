package org.runbookgovernance.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generated regions an index document holds between {@code <!-- runbook-governance:begin NAME -->} and
 * {@code <!-- runbook-governance:end NAME -->} markers, read by the engine because a {@link Document} keeps
 * no raw text. The {@code index/*} rules compare them with the regenerated index.
 *
 * @param path    the index document, relative to the repository root
 * @param regions region name to its content, in file order
 */
public record IndexRegions(String path, Map<String, Region> regions) {

    public IndexRegions {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
    }

    /**
     * One region.
     *
     * @param beginLine the begin marker's 1-based line
     * @param content   the lines between the markers, each ending with '\n' (CRLF read as '\n')
     */
    public record Region(int beginLine, String content) {
    }
}
