package io.sigillum.wallet.vp.request;

import com.nimbusds.jose.util.Base64URL;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * The Client Identifier Prefixes this wallet accepts (OID4VP 1.0 §5.9.3):
 * <ul>
 *   <li>{@code x509_hash:<hash>}: signed; the hash is base64url(SHA-256(DER of the {@code x5c} leaf));</li>
 *   <li>{@code x509_san_dns:<name>}: signed; the leaf has a dNSName SAN equal to the name, and the
 *       {@code response_uri}'s host is that name (the wallet keeps no list of trusted Client
 *       Identifiers that would let a Verifier choose another);</li>
 *   <li>{@code redirect_uri:<uri>}: never signed (§5.9.3), only when the wallet accepts development
 *       verifiers, and the {@code response_uri} is the URI itself.</li>
 * </ul>
 * Any other prefix, and a Client Identifier without one (a pre-registered client, which this wallet
 * has none of), is refused.
 */
final class ClientIdentifiers {

    private static final int SAN_DNS = 2;

    private ClientIdentifiers() {
    }

    /** @return whether the prefix of this client id allows (and needs) a signed Request Object */
    static boolean signedPrefix(String clientId) {
        return !clientId.startsWith(Oid4vpSpec.PREFIX_REDIRECT_URI);
    }

    /**
     * @param clientId             the {@code client_id}
     * @param requestObject        the Request Object it came with, or {@code null} for a request by plain parameters
     * @param responseUri          the {@code response_uri}
     * @param developmentVerifiers whether {@code redirect_uri} verifiers are accepted
     */
    static void check(String clientId, RequestObject requestObject, URI responseUri, boolean developmentVerifiers) {
        boolean signed = requestObject != null && requestObject.signed();
        if (clientId.startsWith(Oid4vpSpec.PREFIX_X509_HASH)) {
            X509Certificate leaf = signedLeaf(clientId, signed, requestObject);
            String hash = clientId.substring(Oid4vpSpec.PREFIX_X509_HASH.length());
            if (!hash.equals(sha256(leaf))) {
                throw refused(RequestCheck.CLIENT_ID, "client_id " + clientId + " is not the hash of the x5c leaf "
                        + leaf.getSubjectX500Principal().getName() + " (§5.9.3: base64url SHA-256 of its DER)");
            }
        } else if (clientId.startsWith(Oid4vpSpec.PREFIX_X509_SAN_DNS)) {
            X509Certificate leaf = signedLeaf(clientId, signed, requestObject);
            String name = clientId.substring(Oid4vpSpec.PREFIX_X509_SAN_DNS.length());
            if (!dnsNames(leaf).stream().anyMatch(name::equalsIgnoreCase)) {
                throw refused(RequestCheck.CERTIFICATE_NAME, "the x5c leaf " + leaf.getSubjectX500Principal().getName()
                        + " has no dNSName subjectAltName " + name + " (§5.9.3)");
            }
            if (responseUri.getHost() == null || !responseUri.getHost().equalsIgnoreCase(name)) {
                throw refused(RequestCheck.RESPONSE_URI, "response_uri " + responseUri + " is not on the host " + name
                        + " that client_id " + clientId + " names (§5.9.3)");
            }
        } else if (clientId.startsWith(Oid4vpSpec.PREFIX_REDIRECT_URI)) {
            if (signed) {
                throw refused(RequestCheck.SIGNED, "a redirect_uri client cannot sign its request: the wallet has no key to trust (§5.9.3)");
            }
            if (!developmentVerifiers) {
                throw refused(RequestCheck.UNSIGNED, "client_id " + clientId + " is an unauthenticated redirect_uri client; "
                        + "this wallet accepts them only when configured for development verifiers");
            }
            String uri = clientId.substring(Oid4vpSpec.PREFIX_REDIRECT_URI.length());
            if (!uri.equals(responseUri.toString())) {
                throw refused(RequestCheck.RESPONSE_URI, "response_uri " + responseUri + " is not " + uri
                        + ", the URI the redirect_uri client_id names (§5.9.3)");
            }
        } else {
            throw refused(RequestCheck.CLIENT_ID, "client_id " + clientId + " has no Client Identifier Prefix this wallet supports "
                    + "(x509_hash, x509_san_dns, and redirect_uri for development)");
        }
    }

    private static X509Certificate signedLeaf(String clientId, boolean signed, RequestObject requestObject) {
        if (!signed) {
            throw refused(RequestCheck.UNSIGNED, "client_id " + clientId + " needs a Request Object signed with its x5c certificate (§5.9.3)");
        }
        return requestObject.chain().getFirst();
    }

    /** @return base64url(SHA-256(DER)), the {@code x509_hash} of a certificate */
    static String sha256(X509Certificate certificate) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())).toString();
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot hash a certificate", e);
        }
    }

    private static List<String> dnsNames(X509Certificate leaf) {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream().filter(name -> Integer.valueOf(SAN_DNS).equals(name.get(0)))
                    .map(name -> String.valueOf(name.get(1))).toList();
        } catch (CertificateParsingException e) {
            throw WalletException.refusedRequest(RequestCheck.CERTIFICATE_NAME, "the x5c leaf's subjectAltName cannot be read", e);
        }
    }

    private static WalletException refused(RequestCheck check, String message) {
        return WalletException.refusedRequest(check, message, null);
    }
}
