package io.sigillum.verification.request;

import io.sigillum.verification.protocol.OpenId4VpSpec;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Client identifiers with a prefix (OpenID4VP 1.0 §5.9), made from the request-signing certificate. */
public final class ClientIdentifiers {

    /** subjectAltName type of a dNSName (RFC 5280 §4.2.1.6). */
    private static final int DNS_NAME = 2;

    private ClientIdentifiers() {
    }

    /** {@code x509_hash:<base64url SHA-256 of the leaf's DER>} (§5.9.3). */
    public static String x509Hash(X509Certificate leaf) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded());
            return OpenId4VpSpec.PREFIX_X509_HASH + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate cannot be hashed", e);
        }
    }

    /** The leaf's first DNS name, if it has one. */
    public static Optional<String> dnsName(X509Certificate leaf) {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            if (names == null) {
                return Optional.empty();
            }
            return names.stream().filter(n -> n.size() >= 2 && Integer.valueOf(DNS_NAME).equals(n.get(0)))
                    .map(n -> String.valueOf(n.get(1))).findFirst();
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code x509_san_dns:<dns name>} (§5.9.3), when the leaf names the response URI's host: the
     * wallet checks that the response URI's host is that name.
     */
    public static Optional<String> x509SanDns(X509Certificate leaf, URI responseUri) {
        return dnsName(leaf).filter(name -> name.toLowerCase(Locale.ROOT)
                        .equals(String.valueOf(responseUri.getHost()).toLowerCase(Locale.ROOT)))
                .map(name -> OpenId4VpSpec.PREFIX_X509_SAN_DNS + ":" + name);
    }

    /** {@code redirect_uri:<response_uri>} (§5.9.3: the response URI when the response mode is direct_post). */
    public static String redirectUri(URI responseUri) {
        return OpenId4VpSpec.PREFIX_REDIRECT_URI + ":" + responseUri;
    }

    /** The prefix of a client identifier. */
    public static String prefix(String clientId) {
        int colon = clientId.indexOf(':');
        return colon < 0 ? "" : clientId.substring(0, colon);
    }
}
