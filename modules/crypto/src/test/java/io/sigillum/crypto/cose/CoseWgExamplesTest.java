package io.sigillum.crypto.cose;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.crypto.cose.CoseException.Reason;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The COSE WG's own Sign1 examples (test resource {@code cose-wg/sign1-tests.json}), verified as given. */
class CoseWgExamplesTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Set<SignatureAlgorithm> ALL = EnumSet.allOf(SignatureAlgorithm.class);

    private static Map<String, Object> examples;
    private static ECKey key;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CoseWgExamplesTest.class.getResourceAsStream("/cose-wg/sign1-tests.json")) {
            examples = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        key = ECKey.parse(JSONObjectUtils.getJSONObject(examples, "key"));
    }

    /** One example: its name, what it changes, its bytes, the external AAD, its Sig_structure if given, the outcome. */
    private record Vector(String name, String what, byte[] cbor, byte[] external, byte[] toBeSigned, String outcome) {

        static List<Vector> all() throws Exception {
            return Arrays.stream(JSONObjectUtils.getJSONObjectArray(examples, "vectors")).map(json -> {
                try {
                    String toBeSigned = JSONObjectUtils.getString(json, "toBeSigned");
                    return new Vector(JSONObjectUtils.getString(json, "name"), JSONObjectUtils.getString(json, "what"),
                            hex(JSONObjectUtils.getString(json, "cbor")), hex(JSONObjectUtils.getString(json, "external")),
                            toBeSigned == null ? null : hex(toBeSigned), JSONObjectUtils.getString(json, "outcome"));
                } catch (ParseException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        private static byte[] hex(String text) {
            return HEX.parseHex(text.toLowerCase(Locale.ROOT));
        }
    }

    @TestFactory
    List<DynamicTest> eachExampleIsAcceptedOrRefusedForTheRightReason() throws Exception {
        byte[] content = JSONObjectUtils.getString(examples, "payload").getBytes(StandardCharsets.UTF_8);
        Verifier verifier = Verifier.of(key.toECPublicKey());
        return Vector.all().stream().map(vector -> DynamicTest.dynamicTest(vector.name() + ": " + vector.what(), () -> {
            if ("pass".equals(vector.outcome())) {
                VerifiedCoseSign1 verified = CoseSign1.decode(vector.cbor()).verify(verifier, ALL, vector.external());
                assertArrayEquals(content, verified.payload());
                assertEquals(SignatureAlgorithm.ES256, verified.algorithm());
                assertArrayEquals("11".getBytes(StandardCharsets.US_ASCII), verified.keyId().orElseThrow());
            } else {
                CoseException refused = assertThrows(CoseException.class,
                        () -> CoseSign1.decode(vector.cbor()).verify(verifier, ALL, vector.external()));
                assertEquals(Reason.valueOf(vector.outcome()), refused.reason(), refused::getMessage);
            }
        })).toList();
    }

    @TestFactory
    List<DynamicTest> theSigStructureIsTheExamplesToBeSignedByteForByte() throws Exception {
        return Vector.all().stream().filter(vector -> vector.toBeSigned() != null)
                .map(vector -> DynamicTest.dynamicTest(vector.name(), () -> {
                    CoseSign1 message = CoseSign1.decode(vector.cbor());
                    byte[] bodyProtected = message.protectedHeaders().isEmpty() ? new byte[0] : message.protectedBytes();
                    assertArrayEquals(vector.toBeSigned(),
                            SigStructure.encode(bodyProtected, vector.external(), message.payload().orElseThrow()));
                })).toList();
    }

    @Test
    void theExampleKeySignsWhatTheExamplesVerifyAgainst() throws Exception {
        LocalKeySigner signer = LocalKeySigner.of("11", key.toECPrivateKey());
        byte[] content = "This is the content.".getBytes(StandardCharsets.UTF_8);
        byte[] aad = HEX.parseHex("11aa22bb33cc44dd55006699");

        byte[] encoded = CoseSign1.signWith(signer).keyId(HeaderBucket.UNPROTECTED).externalAad(aad).tagged().sign(content);

        // ECDSA is randomised, so the signature differs from sign-pass-02's; everything before it is the same.
        String expectedPrefix = "d28443a10126a10442313154546869732069732074686520636f6e74656e742e5840";
        assertEquals(expectedPrefix, HEX.formatHex(encoded, 0, expectedPrefix.length() / 2));
        assertArrayEquals(content, CoseSign1.decode(encoded).verify(Verifier.of(key.toECPublicKey()), ALL, aad).payload());
    }
}
