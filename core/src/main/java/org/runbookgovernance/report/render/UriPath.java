package org.runbookgovernance.report.render;

import java.nio.charset.StandardCharsets;

/** Percent-encoding (RFC 3986) of repository paths for use in URIs: only unreserved characters and '/' stay. */
final class UriPath {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriPath() {
    }

    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
