package io.sigillum.crypto.x509;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the DNS names that go into a dNSName subjectAltName (RFC 5280 §4.2.1.6: preferred syntax). */
final class DnsNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private DnsNames() {
    }

    /**
     * @param name a host name
     * @return it, in lower case
     * @throws IllegalArgumentException when it is not a fully spelled-out host name (no wildcard,
     *                                  no trailing dot, no IP address, at most 253 characters)
     */
    static String require(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 253) {
            throw new IllegalArgumentException("not a DNS name: " + name);
        }
        String[] labels = lower.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("not a DNS name: " + name);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("an IP address is not a DNS name: " + name);
        }
        return lower;
    }
}
