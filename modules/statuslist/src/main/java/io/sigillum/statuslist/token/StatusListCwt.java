package io.sigillum.statuslist.token;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborException;
import io.sigillum.crypto.cbor.CborFloat;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.cose.CoseHeaders;
import io.sigillum.crypto.cose.CoseSign1;
import io.sigillum.crypto.cose.CoseSign1Builder;
import io.sigillum.crypto.cose.HeaderBucket;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.list.DecodeLimits;
import io.sigillum.statuslist.list.StatusListCbor;
import io.sigillum.statuslist.list.StatusListStructure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Status List Tokens as CWT (draft §5.2): a COSE_Sign1, always tagged 18 and never wrapped in the
 * CWT tag 61; protected header {@code alg} and {@code typ} (16) =
 * {@code application/statuslist+cwt}, and {@code x5chain} when the signer has a certificate chain;
 * {@code kid} unprotected, as in the draft's example; claims {@code sub} (2), {@code iat} (6),
 * optionally {@code iss} (1), {@code exp} (4) and {@code ttl} (65534), and {@code status_list}
 * (65533). To verify, see {@link StatusListTokenVerifier#verifyCwt}.
 */
public final class StatusListCwt {

    private static final String SECTION = "§5.2";

    private StatusListCwt() {
    }

    /**
     * Signs with {@code x5chain} in the protected bucket when the signer has a certificate chain.
     *
     * @param token  the token's content
     * @param signer the status issuer's key
     * @return the encoded COSE_Sign1_Tagged
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public static byte[] sign(StatusListToken token, Signer signer) {
        return sign(token, signer, true);
    }

    /**
     * @param token                   the token's content
     * @param signer                  the status issuer's key
     * @param includeCertificateChain whether to put the signer's chain, if any, in {@code x5chain}
     * @return the encoded COSE_Sign1_Tagged
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public static byte[] sign(StatusListToken token, Signer signer, boolean includeCertificateChain) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(signer, "signer");
        CoseSign1Builder message = CoseSign1.signWith(signer)
                .header(HeaderBucket.PROTECTED, TokenStatusListSpec.COSE_TYP, CborValue.of(TokenStatusListSpec.CWT_MEDIA_TYPE))
                .keyId(HeaderBucket.UNPROTECTED)
                .tagged();
        if (includeCertificateChain && !signer.certificateChain().isEmpty()) {
            // Protected, so the chain that names the key is covered by the signature it vouches for.
            message.x5chain(HeaderBucket.PROTECTED);
        }
        return message.sign(Cbor.encode(claims(token)));
    }

    /** @return the CWT Claims Set of a token */
    static CborMap claims(StatusListToken token) {
        CborMap.Builder claims = CborMap.builder();
        token.issuer().ifPresent(iss -> claims.put(TokenStatusListSpec.CWT_ISS, CborValue.of(iss)));
        claims.put(TokenStatusListSpec.CWT_SUB, CborValue.of(token.subject().toString()));
        claims.put(TokenStatusListSpec.CWT_IAT, CborValue.of(token.issuedAt().getEpochSecond()));
        token.expiresAt().ifPresent(exp -> claims.put(TokenStatusListSpec.CWT_EXP, CborValue.of(exp.getEpochSecond())));
        token.timeToLive().ifPresent(ttl -> claims.put(TokenStatusListSpec.CWT_TTL, CborValue.of(ttl.toSeconds())));
        claims.put(TokenStatusListSpec.CWT_STATUS_LIST, StatusListCbor.write(token.structure()));
        return claims.build();
    }

    /**
     * @param message a decoded COSE_Sign1
     * @throws StatusListException {@link Reason#MALFORMED_TOKEN} when it is untagged,
     *                             {@link Reason#WRONG_TYPE} when its protected {@code typ} is not
     *                             {@code application/statuslist+cwt}
     */
    static void checkEnvelope(CoseSign1 message) throws StatusListException {
        if (!message.isTagged()) {
            throw malformed("a Status List Token is a COSE_Sign1_Tagged (tag 18) (" + SECTION + ")");
        }
        CoseHeaders protectedHeaders = message.protectedHeaders();
        Optional<CborValue> typ = protectedHeaders.get(TokenStatusListSpec.COSE_TYP);
        if (typ.isEmpty()) {
            boolean unprotected = message.unprotectedHeaders().get(TokenStatusListSpec.COSE_TYP).isPresent();
            throw new StatusListException(Reason.WRONG_TYPE, unprotected
                    ? "typ (16) must be in the protected header (" + SECTION + ")"
                    : "typ (16) is required in the protected header (" + SECTION + ")");
        }
        // The CoAP Content-Format the draft also allows is still "TBD" at -20, so only the text form is known.
        if (!(typ.get() instanceof CborText(String value))
                || !value.toLowerCase(Locale.ROOT).equals(TokenStatusListSpec.CWT_MEDIA_TYPE)) {
            throw new StatusListException(Reason.WRONG_TYPE,
                    "typ (16) is " + TokenStatusListSpec.CWT_MEDIA_TYPE + " (" + SECTION + ")");
        }
    }

    /**
     * @param payload a verified COSE_Sign1 payload
     * @param limits  what to accept when inflating the list
     * @return its claims
     * @throws StatusListException {@link Reason#MALFORMED_TOKEN} when the payload is not a CWT
     *                             Claims Set with the claims §5.2 requires, of their types, or the
     *                             reasons of {@link StatusListCbor#read}
     */
    static ReadClaims readClaims(byte[] payload, DecodeLimits limits) throws StatusListException {
        CborValue decoded;
        try {
            decoded = Cbor.decode(payload);
        } catch (CborException e) {
            throw new StatusListException(Reason.MALFORMED_TOKEN, "the payload is not CBOR (RFC 8392): " + e.getMessage(), e);
        }
        if (!(decoded instanceof CborMap claims)) {
            throw malformed("the payload is a CWT Claims Set, a CBOR map (RFC 8392 §7)");
        }
        URI subject = subject(claims.get(TokenStatusListSpec.CWT_SUB)
                .orElseThrow(() -> malformed("sub (2) is required (" + SECTION + ")")));
        Instant issuedAt = numericDate(claims.get(TokenStatusListSpec.CWT_IAT)
                .orElseThrow(() -> malformed("iat (6) is required (" + SECTION + ")")), "iat (6)");
        Instant expiresAt = claims.get(TokenStatusListSpec.CWT_EXP).isPresent()
                ? numericDate(claims.get(TokenStatusListSpec.CWT_EXP).get(), "exp (4)") : null;
        Optional<Instant> notBefore = claims.get(TokenStatusListSpec.CWT_NBF).isPresent()
                ? Optional.of(numericDate(claims.get(TokenStatusListSpec.CWT_NBF).get(), "nbf (5)")) : Optional.empty();
        String issuer = null;
        if (claims.get(TokenStatusListSpec.CWT_ISS).isPresent()) {
            if (!(claims.get(TokenStatusListSpec.CWT_ISS).get() instanceof CborText(String iss))) {
                throw malformed("iss (1) is a text string (RFC 8392 §3.1.1)");
            }
            issuer = iss;
        }
        Duration ttl = null;
        if (claims.get(TokenStatusListSpec.CWT_TTL).isPresent()) {
            if (!(claims.get(TokenStatusListSpec.CWT_TTL).get() instanceof CborInt(long seconds)) || seconds < 1) {
                throw malformed("ttl (65534) is a positive unsigned integer (" + SECTION + ")");
            }
            ttl = Duration.ofSeconds(seconds);
        }
        StatusListStructure structure = StatusListCbor.read(claims.get(TokenStatusListSpec.CWT_STATUS_LIST)
                .orElseThrow(() -> malformed("status_list (65533) is required (" + SECTION + ")")), limits);
        return new ReadClaims(new StatusListToken(subject, issuer, issuedAt, expiresAt, ttl, structure), notBefore);
    }

    private static URI subject(CborValue sub) throws StatusListException {
        if (sub instanceof CborText(String text)) {
            try {
                URI uri = new URI(text);
                if (uri.isAbsolute()) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
        }
        throw malformed("sub (2) is a text string holding the Status List Token's URI (" + SECTION + ")");
    }

    /** NumericDate in CWT (RFC 8392 §2): an integer or a float, untagged. */
    private static Instant numericDate(CborValue value, String name) throws StatusListException {
        // Beyond a few hundred million years an Instant cannot hold it; no real token goes there.
        long limit = Long.MAX_VALUE / 1000;
        if (value instanceof CborInt(long seconds) && seconds > -limit && seconds < limit) {
            return Instant.ofEpochSecond(seconds);
        }
        if (value instanceof CborFloat(double seconds) && Double.isFinite(seconds) && Math.abs(seconds) < limit) {
            return Instant.ofEpochMilli((long) Math.floor(seconds * 1000));
        }
        throw malformed(name + " is a NumericDate: an untagged integer or float (RFC 8392 §2)");
    }

    private static StatusListException malformed(String message) {
        return new StatusListException(Reason.MALFORMED_TOKEN, message);
    }
}
