package io.sigillum.wallet.vp.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.x509.PathValidation;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Json;

import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Request Object (RFC 9101) read and authenticated: its {@code typ} must be
 * {@code oauth-authz-req+jwt} (OID4VP 1.0 §5: Wallets MUST NOT process others); a signed one must
 * carry an {@code x5c} chain whose leaf key verifies the signature and, when verifier trust anchors
 * are configured, whose chain leads to one of them; an unsigned one ({@code alg: none}) is only
 * read here and left to the Client Identifier Prefix to accept or refuse. Encrypted Request Objects
 * are not supported.
 *
 * @param payload     the claims, strictly parsed (a member twice is refused)
 * @param signed      whether it was signed
 * @param chain       the {@code x5c} chain, leaf first, when signed
 * @param trustAnchor the subject of the anchor the chain leads to, when anchors are configured
 */
record RequestObject(JsonNode payload, boolean signed, List<X509Certificate> chain, Optional<String> trustAnchor) {

    RequestObject {
        chain = List.copyOf(chain);
    }

    /**
     * @param jwt     the compact Request Object
     * @param anchors the verifier trust anchors, if configured
     * @param now     the time the certificate chain must be valid at
     * @return the read and, when signed, verified Request Object
     */
    static RequestObject read(String jwt, Optional<CertificatePathValidator> anchors, Instant now) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length == 5) {
            throw refused(RequestCheck.MALFORMED, "the Request Object is encrypted; this wallet reads only signed (or, in development, unsigned) ones");
        }
        if (parts.length != 3) {
            throw refused(RequestCheck.MALFORMED, "the Request Object is not a compact JWT");
        }
        Header header;
        try {
            header = Header.parse(new Base64URL(parts[0]));
        } catch (ParseException e) {
            throw WalletException.refusedRequest(RequestCheck.MALFORMED, "the Request Object's header cannot be read: " + e.getMessage(), e);
        }
        requireType(header.getType());
        if (header instanceof PlainHeader) {
            if (!parts[2].isEmpty()) {
                throw refused(RequestCheck.MALFORMED, "an unsigned Request Object has an empty signature part");
            }
            return new RequestObject(payload(parts[1]), false, List.of(), Optional.empty());
        }
        if (!(header instanceof JWSHeader jwsHeader)) {
            throw refused(RequestCheck.MALFORMED, "the Request Object is neither signed nor plain");
        }
        List<X509Certificate> chain = chain(jwsHeader);
        verifySignature(jwt, chain.getFirst());
        Optional<String> anchor = anchors.map(validator -> validateChain(validator, chain, now));
        return new RequestObject(payload(parts[1]), true, chain, anchor);
    }

    private static void requireType(JOSEObjectType type) {
        String value = type == null ? "" : type.getType().toLowerCase(Locale.ROOT);
        // RFC 7515 §4.1.9: the "application/" prefix may be left out, and media types compare case-insensitively.
        if (!value.equals(Oid4vpSpec.REQUEST_OBJECT_TYPE) && !value.equals(Oid4vpSpec.REQUEST_OBJECT_MEDIA_TYPE)) {
            throw refused(RequestCheck.TYPE, "the Request Object's typ is '" + (type == null ? "(none)" : type.getType())
                    + "', not " + Oid4vpSpec.REQUEST_OBJECT_TYPE + " (OID4VP 1.0 §5)");
        }
    }

    private static List<X509Certificate> chain(JWSHeader header) {
        List<Base64> x5c = header.getX509CertChain();
        if (x5c == null || x5c.isEmpty()) {
            throw refused(RequestCheck.CERTIFICATE_CHAIN, "the signed Request Object has no x5c header; this wallet knows verifiers only by their certificates");
        }
        List<X509Certificate> chain = new ArrayList<>(x5c.size());
        for (Base64 der : x5c) {
            try {
                chain.add(DerCertificates.parse(der.decode()));
            } catch (IllegalArgumentException e) {
                throw WalletException.refusedRequest(RequestCheck.CERTIFICATE_CHAIN, "an x5c certificate cannot be read", e);
            }
        }
        return chain;
    }

    private static void verifySignature(String jwt, X509Certificate leaf) {
        Verifier verifier;
        try {
            verifier = Verifier.of(leaf.getPublicKey());
        } catch (IllegalArgumentException e) {
            throw WalletException.refusedRequest(RequestCheck.SIGNATURE, "the x5c leaf key cannot verify signatures: " + e.getMessage(), e);
        }
        try {
            CompactJws.verify(jwt, verifier, EnumSet.allOf(SignatureAlgorithm.class));
        } catch (JwsVerificationException e) {
            throw WalletException.refusedRequest(RequestCheck.SIGNATURE, "the Request Object's signature is refused: " + e.getMessage(), e);
        }
    }

    private static String validateChain(CertificatePathValidator validator, List<X509Certificate> chain, Instant now) {
        PathValidation result = validator.validate(chain, now, Optional.empty());
        if (result instanceof PathValidation.Invalid invalid) {
            throw refused(RequestCheck.CERTIFICATE_CHAIN, "the verifier's x5c chain of " + chain.getFirst().getSubjectX500Principal().getName()
                    + " is not trusted: " + invalid.reason() + " (" + invalid.detail() + ")");
        }
        return ((PathValidation.Valid) result).anchor().getSubjectX500Principal().getName();
    }

    private static JsonNode payload(String part) {
        byte[] bytes;
        try {
            bytes = new Base64URL(part).decode();
        } catch (RuntimeException e) {
            throw WalletException.refusedRequest(RequestCheck.MALFORMED, "the Request Object's payload is not base64url", e);
        }
        try {
            return Json.object(bytes, Step.AUTHORIZATION_REQUEST, "the Request Object's payload");
        } catch (WalletException e) {
            throw WalletException.refusedRequest(RequestCheck.MALFORMED, e.getMessage(), e);
        }
    }

    private static WalletException refused(RequestCheck check, String message) {
        return WalletException.refusedRequest(check, message, null);
    }
}
