package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trustedlist.model.TrustServiceProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The issuer identifier of a trust service provider, the same at every import of its territory's
 * list:
 * <ol>
 *   <li>{@code urn:sigillum:trusted-list:<territory>:<registration identifier>} when one of its
 *       trade names (TS 119 612 §5.4.2) is a registration identifier in the EN 319 412-1 §5.1.4
 *       form: three letters of type ({@code VAT}, {@code NTR}, {@code PSD}, {@code LEI},
 *       {@code PAS}, {@code IDC}, {@code PNO}, {@code TIN}), two of country, a dash and the
 *       identifier, e.g. {@code VATDE-123456789};</li>
 *   <li>else {@code urn:sigillum:trusted-list:<territory>:name:<its name>}, the name (§5.4.1, in
 *       English where given) in Unicode NFC, stripped, percent-encoded as UTF-8 except for RFC 3986
 *       unreserved characters;</li>
 *   <li>and where that is longer than an issuer identifier may be (512),
 *       {@code urn:sigillum:trusted-list:<territory>:sha256:<hex SHA-256 of the NFC name>}.</li>
 * </ol>
 * A provider renamed on a list without a registration identifier therefore becomes another issuer.
 */
final class ProviderIdentifiers {

    static final String PREFIX = "urn:sigillum:trusted-list:";

    private static final Pattern REGISTRATION = Pattern.compile("(VAT|NTR|PSD|LEI|PAS|IDC|PNO|TIN)[A-Z]{2}-\\S{1,200}");

    private ProviderIdentifiers() {
    }

    static String of(String territory, TrustServiceProvider provider) {
        for (String tradeName : provider.tradeNames()) {
            String candidate = tradeName.strip();
            if (REGISTRATION.matcher(candidate).matches()) {
                return PREFIX + territory + ":" + encode(candidate);
            }
        }
        String name = Normalizer.normalize(provider.name().strip(), Normalizer.Form.NFC);
        String byName = PREFIX + territory + ":name:" + encode(name);
        return byName.length() <= TrustedIssuer.MAX_ID_LENGTH ? byName : PREFIX + territory + ":sha256:" + sha256(name);
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return encoded.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
