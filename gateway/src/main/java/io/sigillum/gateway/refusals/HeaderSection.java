package io.sigillum.gateway.refusals;

import io.helidon.http.Header;
import io.helidon.http.Headers;

/** The size of a request's header section as it came on the wire: {@code name: value CRLF} per field line. */
final class HeaderSection {

    private HeaderSection() {
    }

    static long bytes(Headers headers) {
        long total = 0;
        for (Header header : headers) {
            int name = header.name().length() + 4; // ": " and CRLF
            for (String value : header.allValues()) {
                total += name + value.length();
            }
        }
        return total;
    }
}
