package io.sigillum.trust.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.sigillum.trust.snapshot.SnapshotMembers.*;

/**
 * Reads the JSON form strictly: one JSON object and nothing after it, no duplicate member names
 * (two parsers that disagree on which one wins would disagree on whom to trust), no unknown
 * members, every required member present with its type, bounded nesting and number length.
 */
final class SnapshotReader {

    /** The deepest the form nests is six; anything far deeper is not a snapshot. */
    private static final int MAX_NESTING_DEPTH = 16;
    /** A version is a long: at most 19 digits. */
    private static final int MAX_NUMBER_LENGTH = 20;
    /** The longest string member: a base64 certificate of 64 KiB. */
    private static final int MAX_STRING_LENGTH = 4 * 64 * 1024 / 3 + 4;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SnapshotReader() {
    }

    static TrustSnapshot read(byte[] json) throws SnapshotFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SnapshotFormatException("not one well-formed JSON value within the limits: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SnapshotFormatException("unreadable JSON", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SnapshotFormatException("empty document");
        }
        Map<String, JsonNode> members = object(root, "the snapshot", SNAPSHOT, Set.of());
        long version = version(members.get(VERSION));
        Instant generatedAt = instant(members.get(GENERATED_AT), GENERATED_AT);
        List<TrustedIssuer> issuers = new ArrayList<>();
        List<JsonNode> items = array(members.get(ISSUERS), ISSUERS);
        for (int i = 0; i < items.size(); i++) {
            issuers.add(issuer(items.get(i), ISSUERS + "[" + i + "]"));
        }
        try {
            return new TrustSnapshot(version, generatedAt, issuers);
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException("the snapshot: " + e.getMessage(), e);
        }
    }

    private static TrustedIssuer issuer(JsonNode node, String where) throws SnapshotFormatException {
        Map<String, JsonNode> members = object(node, where, ISSUER_REQUIRED, ISSUER_OPTIONAL);
        String id = text(members.get(ID), where + "." + ID);
        String legalName = text(members.get(LEGAL_NAME), where + "." + LEGAL_NAME);
        String country = text(members.get(COUNTRY), where + "." + COUNTRY);
        IssuerState state = constant(IssuerState.class, members.get(STATE), where + "." + STATE);
        ValidityWindow validity = window(members.get(VALIDITY), where + "." + VALIDITY);
        List<Anchor> anchors = new ArrayList<>();
        List<JsonNode> anchorItems = array(members.get(ANCHORS), where + "." + ANCHORS);
        for (int i = 0; i < anchorItems.size(); i++) {
            anchors.add(anchor(anchorItems.get(i), where + "." + ANCHORS + "[" + i + "]"));
        }
        List<Authorization> authorizations = new ArrayList<>();
        List<JsonNode> authorizationItems = array(members.get(AUTHORIZATIONS), where + "." + AUTHORIZATIONS);
        for (int i = 0; i < authorizationItems.size(); i++) {
            authorizations.add(authorization(authorizationItems.get(i), where + "." + AUTHORIZATIONS + "[" + i + "]"));
        }
        try {
            return new TrustedIssuer(id, legalName, country, state, validity, anchors, authorizations);
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static Anchor anchor(JsonNode node, String where) throws SnapshotFormatException {
        if (!node.isObject()) {
            throw new SnapshotFormatException(where + " is not an object");
        }
        String type = text(node.get(TYPE), where + "." + TYPE);
        try {
            switch (type) {
                case TYPE_X509 -> {
                    Map<String, JsonNode> members = object(node, where, X509_ANCHOR, Set.of());
                    String id = text(members.get(ID), where + "." + ID);
                    AnchorKind kind = constant(AnchorKind.class, members.get(KIND), where + "." + KIND);
                    byte[] der;
                    try {
                        der = Base64.getDecoder().decode(text(members.get(CERTIFICATE), where + "." + CERTIFICATE));
                    } catch (IllegalArgumentException e) {
                        throw new SnapshotFormatException(where + "." + CERTIFICATE + " is not standard base64");
                    }
                    return new CertificateAnchor(id, kind, DerCertificates.parse(der));
                }
                case TYPE_JWK -> {
                    Map<String, JsonNode> members = object(node, where, JWK_ANCHOR, Set.of());
                    String id = text(members.get(ID), where + "." + ID);
                    return new KeyAnchor(id, JwkForm.key(jwk(members.get(JWK), where + "." + JWK)));
                }
                default -> throw new SnapshotFormatException(where + "." + TYPE + " is neither \"x509\" nor \"jwk\"");
            }
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> jwk(JsonNode node, String where) throws SnapshotFormatException {
        if (!node.isObject()) {
            throw new SnapshotFormatException(where + " is not an object");
        }
        String kty = text(node.get("kty"), where + ".kty");
        List<String> allowed = "EC".equals(kty) ? JwkForm.EC_MEMBERS : JwkForm.OKP_MEMBERS;
        Map<String, JsonNode> members = object(node, where, Set.copyOf(allowed), Set.of());
        Map<String, Object> jwk = new LinkedHashMap<>();
        for (String name : allowed) {
            jwk.put(name, text(members.get(name), where + "." + name));
        }
        return jwk;
    }

    private static Authorization authorization(JsonNode node, String where) throws SnapshotFormatException {
        Map<String, JsonNode> members = object(node, where, Set.of(), AUTHORIZATION_OPTIONAL);
        boolean vct = members.containsKey(VCT);
        if (vct == members.containsKey(DOCTYPE)) {
            throw new SnapshotFormatException(where + " names exactly one of \"vct\" and \"doctype\"");
        }
        try {
            CredentialType type = vct ? CredentialType.vct(text(members.get(VCT), where + "." + VCT))
                    : CredentialType.doctype(text(members.get(DOCTYPE), where + "." + DOCTYPE));
            return new Authorization(type, window(members.get(VALIDITY), where + "." + VALIDITY));
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /** An absent window is unbounded; a present one names at least one end, in the one form the writer uses. */
    private static ValidityWindow window(JsonNode node, String where) throws SnapshotFormatException {
        if (node == null) {
            return ValidityWindow.UNBOUNDED;
        }
        Map<String, JsonNode> members = object(node, where, Set.of(), WINDOW);
        if (members.isEmpty()) {
            throw new SnapshotFormatException(where + " is empty: an unbounded window is written by leaving it out");
        }
        Optional<Instant> notBefore = members.containsKey(NOT_BEFORE)
                ? Optional.of(instant(members.get(NOT_BEFORE), where + "." + NOT_BEFORE)) : Optional.empty();
        Optional<Instant> notAfter = members.containsKey(NOT_AFTER)
                ? Optional.of(instant(members.get(NOT_AFTER), where + "." + NOT_AFTER)) : Optional.empty();
        try {
            return new ValidityWindow(notBefore, notAfter);
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the object's members, after checking it has every required one and no other than
     *         the required and optional ones
     */
    private static Map<String, JsonNode> object(JsonNode node, String where, Set<String> required, Set<String> optional)
            throws SnapshotFormatException {
        if (node == null || !node.isObject()) {
            throw new SnapshotFormatException(where + " is not an object");
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!required.contains(member.getKey()) && !optional.contains(member.getKey())) {
                throw new SnapshotFormatException(where + " has an unknown member " + quoted(member.getKey()));
            }
            members.put(member.getKey(), member.getValue());
        }
        for (String name : required) {
            if (!members.containsKey(name)) {
                throw new SnapshotFormatException(where + " lacks the member \"" + name + "\"");
            }
        }
        return members;
    }

    private static List<JsonNode> array(JsonNode node, String where) throws SnapshotFormatException {
        if (node == null || !node.isArray()) {
            throw new SnapshotFormatException(where + " is not an array");
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    private static String text(JsonNode node, String where) throws SnapshotFormatException {
        if (node == null || !node.isTextual()) {
            throw new SnapshotFormatException(where + " is not a string");
        }
        return node.textValue();
    }

    private static long version(JsonNode node) throws SnapshotFormatException {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new SnapshotFormatException(VERSION + " is not an integer from 0 to 2^63-1");
        }
        return node.longValue();
    }

    private static Instant instant(JsonNode node, String where) throws SnapshotFormatException {
        return Rfc3339.parse(text(node, where))
                .orElseThrow(() -> new SnapshotFormatException(where + " is not an RFC 3339 date-time"));
    }

    /** Lower-case names of the enum's constants, exactly: {@code "active"}, {@code "root"}. */
    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String where) throws SnapshotFormatException {
        String value = text(node, where);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        throw new SnapshotFormatException(where + " is not one of the allowed values");
    }

    /** A member name from the input, made safe for a log line. */
    private static String quoted(String name) {
        StringBuilder safe = new StringBuilder("\"");
        name.codePoints().limit(64).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.append(name.length() > 64 ? "…\"" : "\"").toString();
    }
}
