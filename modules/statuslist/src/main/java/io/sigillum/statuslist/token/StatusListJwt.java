package io.sigillum.statuslist.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.TokenStatusListSpec;
import io.sigillum.statuslist.internal.JsonMembers;
import io.sigillum.statuslist.list.DecodeLimits;
import io.sigillum.statuslist.list.StatusListJson;
import io.sigillum.statuslist.list.StatusListStructure;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Status List Tokens as JWT (draft §5.1): header {@code typ: statuslist+jwt}, {@code alg} and
 * {@code kid} from the signer and, when the signer has a certificate chain, {@code x5c}; claims
 * {@code sub}, {@code iat}, optionally {@code iss}, {@code exp} and {@code ttl}, and
 * {@code status_list}. Signing goes through {@link CompactJws}, so any {@link Signer} works,
 * including one whose key stays in the key-management service. To verify, see
 * {@link StatusListTokenVerifier#verifyJwt}.
 */
public final class StatusListJwt {

    private static final String SECTION = "§5.1";

    private StatusListJwt() {
    }

    /**
     * Signs with {@code x5c} in the header when the signer has a certificate chain.
     *
     * @param token  the token's content
     * @param signer the status issuer's key
     * @return the compact serialisation
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public static String sign(StatusListToken token, Signer signer) {
        return sign(token, signer, true);
    }

    /**
     * @param token                   the token's content
     * @param signer                  the status issuer's key
     * @param includeCertificateChain whether to put the signer's chain, if any, in {@code x5c}
     * @return the compact serialisation
     * @throws io.sigillum.crypto.sign.SigningException when the signer fails
     */
    public static String sign(StatusListToken token, Signer signer, boolean includeCertificateChain) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(signer, "signer");
        JWSHeader.Builder header = CompactJws.header(signer).type(new JOSEObjectType(TokenStatusListSpec.JWT_TYPE));
        if (!includeCertificateChain) {
            header.x509CertChain(null);
        }
        byte[] payload = claims(token).toPayload().toBytes();
        return CompactJws.sign(signer, header.build(), payload);
    }

    /** @return the JWT Claims Set of a token, in the draft's order */
    static JWTClaimsSet claims(StatusListToken token) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(token.subject().toString());
        token.issuer().ifPresent(claims::issuer);
        claims.issueTime(Date.from(token.issuedAt()));
        token.expiresAt().ifPresent(exp -> claims.expirationTime(Date.from(exp)));
        token.timeToLive().ifPresent(ttl -> claims.claim(TokenStatusListSpec.TTL, ttl.toSeconds()));
        claims.claim(TokenStatusListSpec.STATUS_LIST, StatusListJson.write(token.structure()));
        return claims.build();
    }

    /**
     * @param type a JWS {@code typ}
     * @return whether it names a Status List Token: media types are case-insensitive, and RFC 7515
     *         §4.1.9 reads a {@code typ} without a slash as if {@code application/} preceded it
     */
    static boolean isStatusListType(JOSEObjectType type) {
        if (type == null) {
            return false;
        }
        String value = type.getType().toLowerCase(Locale.ROOT);
        return value.equals(TokenStatusListSpec.JWT_TYPE) || value.equals(TokenStatusListSpec.JWT_MEDIA_TYPE);
    }

    /**
     * @param payload a verified JWS payload
     * @param limits  what to accept when inflating the list
     * @return its claims
     * @throws StatusListException {@link Reason#MALFORMED_TOKEN} when the payload is not a JWT
     *                             Claims Set with the claims §5.1 requires, of their types, or the
     *                             reasons of {@link StatusListJson#read}
     */
    static ReadClaims readClaims(byte[] payload, DecodeLimits limits) throws StatusListException {
        JWTClaimsSet claims;
        try {
            claims = JWTClaimsSet.parse(new String(payload, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new StatusListException(Reason.MALFORMED_TOKEN,
                    "the payload is not a JWT Claims Set (RFC 7519 §7.2): " + e.getMessage(), e);
        }
        URI subject = subject(claims.getSubject());
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw malformed("iat is required (" + SECTION + ")");
        }
        Map<String, Object> statusList = JsonMembers.object(
                JsonMembers.required(claims.getClaims(), TokenStatusListSpec.STATUS_LIST, Reason.MALFORMED_TOKEN, SECTION),
                TokenStatusListSpec.STATUS_LIST, Reason.MALFORMED_TOKEN, SECTION);
        Duration ttl = timeToLive(claims.getClaim(TokenStatusListSpec.TTL));
        StatusListStructure structure = StatusListJson.read(statusList, limits);
        StatusListToken token = new StatusListToken(subject, claims.getIssuer(), iat.toInstant(),
                Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant).orElse(null), ttl, structure);
        return new ReadClaims(token, Optional.ofNullable(claims.getNotBeforeTime()).map(Date::toInstant));
    }

    private static URI subject(String sub) throws StatusListException {
        if (sub == null) {
            throw malformed("sub is required (" + SECTION + ")");
        }
        try {
            URI uri = new URI(sub);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw malformed("sub is the Status List Token's URI (" + SECTION + ")");
    }

    /** ttl is "a positive number" (§5.1): integers as whole seconds, fractions rounded up to the millisecond. */
    private static Duration timeToLive(Object ttl) throws StatusListException {
        if (ttl == null) {
            return null;
        }
        if (ttl instanceof Double || ttl instanceof Float) {
            double seconds = ((Number) ttl).doubleValue();
            if (Double.isFinite(seconds) && seconds > 0 && seconds < Long.MAX_VALUE / 1000.0) {
                return Duration.ofMillis((long) Math.ceil(seconds * 1000));
            }
            throw malformed("ttl is a positive number (" + SECTION + ")");
        }
        long seconds = JsonMembers.integer(ttl, TokenStatusListSpec.TTL, Reason.MALFORMED_TOKEN, SECTION);
        if (seconds < 1) {
            throw malformed("ttl is a positive number (" + SECTION + ")");
        }
        return Duration.ofSeconds(seconds);
    }

    private static StatusListException malformed(String message) {
        return new StatusListException(Reason.MALFORMED_TOKEN, message);
    }
}
