package io.sigillum.sdjwt;

import io.sigillum.sdjwt.SdJwtException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureTest {

    /** RFC 9901 §4.2.1, §4.2.2, §4.2.3 and the §5.1 example: each Disclosure and the digest the RFC gives for it. */
    @ParameterizedTest
    @CsvSource({
            "WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0, X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0",
            "WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0, w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs",
            "WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIlVTIl0, pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo",
            "WyJuUHVvUW5rUkZxM0JJZUFtN0FuWEZBIiwgIkRFIl0, 7Cf6JkPudry3lcbwHgeZ8khAv1U1OSlerP0VkBJrWZ0"
    })
    void rfcDisclosuresHashToTheRfcDigests(String disclosure, String digest) throws SdJwtException {
        assertEquals(digest, Disclosure.parse(disclosure).digest(HashAlgorithm.SHA_256));
    }

    @Test
    void readsTheRfcObjectPropertyDisclosure() throws SdJwtException {
        Disclosure disclosure = Disclosure.parse("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0");
        assertEquals("_26bc4LT-ac6q2KI6cBW5es", disclosure.salt());
        assertEquals("family_name", disclosure.name().orElseThrow());
        assertEquals("Möbius", disclosure.value());
        assertFalse(disclosure.isArrayElement());
    }

    @Test
    void readsTheRfcArrayElementDisclosure() throws SdJwtException {
        Disclosure disclosure = Disclosure.parse("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0");
        assertTrue(disclosure.isArrayElement());
        assertEquals("FR", disclosure.value());
    }

    @Test
    void theDigestIsOverTheTextAsIssuedNotAReserialisation() throws SdJwtException {
        // §4.2.3: the same array with other whitespace is another Disclosure with another digest.
        Disclosure spaced = Disclosure.parse("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0");
        Disclosure compact = Disclosure.parse(encode("[\"_26bc4LT-ac6q2KI6cBW5es\",\"family_name\",\"Möbius\"]"));
        assertEquals(spaced.value(), compact.value());
        assertNotEquals(spaced.digest(HashAlgorithm.SHA_256), compact.digest(HashAlgorithm.SHA_256));
    }

    @Test
    void madeDisclosuresReadBackWithFreshSaltsOf128Bits() throws SdJwtException {
        Disclosure made = Disclosure.objectProperty("address", Map.of("country", "DE"));
        Disclosure read = Disclosure.parse(made.encoded());
        assertEquals("address", read.name().orElseThrow());
        assertEquals(Map.of("country", "DE"), read.value());
        assertEquals(16, Base64.getUrlDecoder().decode(made.salt()).length);
        assertNotEquals(made.salt(), Disclosure.objectProperty("address", "x").salt());
        assertEquals(List.of(1, 2), Disclosure.parse(Disclosure.arrayElement(List.of(1, 2)).encoded()).value());
    }

    @Test
    void supportsSha384AndSha512() throws SdJwtException {
        Disclosure disclosure = Disclosure.parse("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0");
        assertEquals(64, disclosure.digest(HashAlgorithm.SHA_384).length());
        assertEquals(86, disclosure.digest(HashAlgorithm.SHA_512).length());
        assertEquals(HashAlgorithm.SHA_384, HashAlgorithm.fromIanaName("sha-384").orElseThrow());
        assertTrue(HashAlgorithm.fromIanaName("md5").isEmpty());
    }

    @Test
    void reservedNamesAreNeverDisclosed() {
        assertThrows(IllegalArgumentException.class, () -> Disclosure.objectProperty("_sd", 1));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.objectProperty("...", 1));
        assertEquals(Reason.FORBIDDEN_CLAIM_NAME, refused(encode("[\"salt\", \"_sd\", []]")));
        assertEquals(Reason.FORBIDDEN_CLAIM_NAME, refused(encode("[\"salt\", \"...\", \"x\"]")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[\"salt\"]",
            "[\"salt\", \"a\", \"b\", \"c\"]",
            "[1, \"name\", \"value\"]",
            "[\"salt\", 2, \"value\"]",
            "{\"salt\": \"value\"}",
            "[\"salt\", \"a\"] trailing",
            "\"text\""
    })
    void refusesMalformedDisclosures(String json) {
        assertEquals(Reason.MALFORMED_DISCLOSURE, refused(encode(json)));
    }

    @Test
    void refusesNonCanonicalBase64url() {
        assertEquals(Reason.MALFORMED_DISCLOSURE, refused("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0="));
        assertEquals(Reason.MALFORMED_DISCLOSURE, refused("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0+"));
        assertEquals(Reason.MALFORMED_DISCLOSURE,
                refused(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'[', '"', (byte) 0xC3, '"', ']'})));
    }

    private static Reason refused(String encoded) {
        return assertThrows(SdJwtException.class, () -> Disclosure.parse(encoded)).reason();
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
