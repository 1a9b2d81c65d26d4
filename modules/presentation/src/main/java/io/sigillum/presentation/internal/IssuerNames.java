package io.sigillum.presentation.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names an SD-JWT VC issuer's {@code x5c} leaf certifies, and whether they name an {@code iss}
 * (draft-ietf-oauth-sd-jwt-vc, Issuer Signature Mechanisms, X.509 certificates): when {@code iss}
 * is a DNS name as a {@code dns:} URI (RFC 4501), that name must be a dNSName subjectAltName of the
 * leaf; in every other case {@code iss} must equal a uniformResourceIdentifier subjectAltName.
 * Read once per certificate. Immutable.
 *
 * @param uris     the uniformResourceIdentifier subjectAltNames, as written
 * @param dnsNames the dNSName subjectAltNames, in lower case (DNS names compare case-insensitively, RFC 4343)
 */
public record IssuerNames(Set<String> uris, Set<String> dnsNames) {

    /** RFC 5280 §4.2.1.6 GeneralName tags as the JDK reports them. */
    private static final int DNS_NAME = 2;
    private static final int URI = 6;

    /** Copies the sets. */
    public IssuerNames {
        uris = Set.copyOf(uris);
        dnsNames = Set.copyOf(dnsNames);
    }

    /** @return the names the leaf certifies; none when its subjectAltName cannot be read */
    public static IssuerNames of(X509Certificate leaf) {
        Set<String> uris = new HashSet<>();
        Set<String> dnsNames = new HashSet<>();
        Collection<List<?>> names;
        try {
            names = leaf.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            names = null;
        }
        if (names != null) {
            for (List<?> name : names) {
                if (name.size() == 2 && name.get(0) instanceof Integer tag && name.get(1) instanceof String value) {
                    if (tag == URI) {
                        uris.add(value);
                    } else if (tag == DNS_NAME) {
                        dnsNames.add(value.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new IssuerNames(uris, dnsNames);
    }

    /** @return whether the leaf names {@code iss} as the draft's X.509 mechanism requires */
    public boolean name(String iss) {
        if (iss.regionMatches(true, 0, "dns:", 0, 4)) {
            return dnsNames.contains(dnsName(iss.substring(4)).toLowerCase(Locale.ROOT));
        }
        return uris.contains(iss);
    }

    /** RFC 4501 §3: {@code dns:[//authority/]name[?query]}; the name alone. */
    private static String dnsName(String rest) {
        String name = rest;
        if (name.startsWith("//")) {
            int slash = name.indexOf('/', 2);
            name = slash < 0 ? "" : name.substring(slash + 1);
        }
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }
}
