package io.sigillum.crypto.cbor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CborTest {

    private static final HexFormat HEX = HexFormat.of();

    private static CborValue decode(String hex) throws CborException {
        return Cbor.decode(HEX.parseHex(hex));
    }

    private static String encode(CborValue value) {
        return HEX.formatHex(Cbor.encode(value));
    }

    private static String refusal(String hex) {
        return assertThrows(CborException.class, () -> decode(hex), hex).getMessage();
    }

    /** RFC 8949 Appendix A: every example in preferred serialisation this model holds, both ways. */
    @ParameterizedTest
    @ValueSource(strings = {
        "00", "01", "0a", "17", "1818", "1819", "1864", "1903e8", "1a000f4240", "1b000000e8d4a51000",
        "1b7fffffffffffffff", "20", "29", "3863", "3903e7", "3b7fffffffffffffff",
        "f4", "f5", "f6", "fa47c35000", "fb7e37e43c8800759c",
        "c074323031332d30332d32315432303a30343a30305a", "c11a514b67b0", "d74401020304",
        "d818456449455446", "d82076687474703a2f2f7777772e6578616d706c652e636f6d",
        "40", "4401020304", "60", "6161", "6449455446", "62225c", "62c3bc", "63e6b0b4", "64f0908591",
        "80", "83010203", "8301820203820405",
        "98190102030405060708090a0b0c0d0e0f101112131415161718181819",
        "a0", "a201020304", "a26161016162820203", "826161a161626163",
        "a56161614161626142616361436164614461656145"})
    void rfc8949AppendixAExamplesRoundTripByteForByte(String hex) throws Exception {
        assertEquals(hex, encode(decode(hex)));
    }

    @Test
    void decodesIntoTheModel() throws Exception {
        CborMap map = assertInstanceOf(CborMap.class, decode("a26161016162820203"));
        assertEquals(new CborInt(1), map.get("a").orElseThrow());
        assertEquals(CborValue.array(CborValue.of(2), CborValue.of(3)), map.get("b").orElseThrow());
        assertEquals(CborValue.tag(24, CborValue.of(HEX.parseHex("6449455446"))), decode("d818456449455446"));
        assertEquals(new CborInt(-1000), decode("3903e7"));
        assertEquals(new CborFloat(1.0), decode("f93c00"), "half precision is read");
        assertEquals(new CborInt(Long.MIN_VALUE), decode("3b7fffffffffffffff"));
    }

    @Test
    void integerAndTextKeysAreDistinctLabels() throws Exception {
        CborMap map = assertInstanceOf(CborMap.class, decode("a201026131182a"));
        assertEquals(new CborInt(2), map.get(1).orElseThrow());
        assertEquals(new CborInt(42), map.get("1").orElseThrow());
        assertEquals(new CborInt(7), assertInstanceOf(CborMap.class, decode("a12007")).get(-1).orElseThrow());
    }

    @Test
    void mapsEncodeInBytewiseOrderOfTheirKeysWhateverTheInsertionOrder() {
        CborMap map = CborMap.builder()
                .put("a", CborValue.of(1))
                .put(33, CborValue.of(2))
                .put(-1, CborValue.of(3))
                .put(4, CborValue.of(4))
                .put(1, CborValue.of(5))
                .build();
        // 01 < 04 < 1821 < 20 < 6161 (RFC 8949 §4.2.1)
        assertEquals("a5" + "0105" + "0404" + "182102" + "2003" + "616101", encode(map));
    }

    @Test
    void longStringsStayDefiniteLength() throws Exception {
        String text = "é".repeat(50_000);
        byte[] encoded = Cbor.encode(CborValue.of(text));
        assertEquals(0x7a, encoded[0] & 0xff, "definite length, four-byte argument");
        assertEquals(new CborText(text), Cbor.decode(encoded));
        byte[] bytes = new byte[100_000];
        assertEquals(new CborBytes(bytes), Cbor.decode(Cbor.encode(CborValue.of(bytes))));
    }

    @Test
    void overLongTextKeysAndHugeTagsAreRefusedWhenEncoding() {
        CborMap map = CborMap.builder().put("k".repeat(2000), CborSimple.NULL).build();
        assertThrows(IllegalArgumentException.class, () -> Cbor.encode(map));
        assertThrows(IllegalArgumentException.class, () -> Cbor.encode(CborValue.tag(1L << 40, CborSimple.NULL)));
        assertThrows(IllegalArgumentException.class, () -> CborMap.builder().put(1, CborSimple.NULL).put(1, CborSimple.TRUE));
        assertThrows(IllegalArgumentException.class, () -> CborMap.builder().put(CborValue.of(new byte[1]), CborSimple.NULL));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "'',              no CBOR data item",
        "0102,            trailing bytes",
        "83010203ff,      malformed CBOR",
        "9f0102ff,        indefinite-length",
        "bf0102ff,        indefinite-length",
        "5f4101ff,        indefinite-length",
        "a201020103,      duplicate map key 1",
        "a2616101616102,  duplicate map key",
        "a1c10102,        tagged map keys",
        "a1410102,        map keys must be integers or text strings",
        "f7,              undefined",
        "f0,              unassigned simple values",
        "1bffffffffffffffff, beyond the signed 64-bit range",
        "3bffffffffffffffff, beyond the signed 64-bit range",
        "c24101,          tag 2 is not supported",
        "84,              malformed CBOR",
        "830102,          malformed CBOR",
        "5a0000ffff01,    malformed CBOR",
        "1c,              malformed CBOR",
        "ff,              malformed CBOR",
        "d9,              malformed CBOR"})
    void refusesWhatSignedDataMustNotContain(String hex, String expected) {
        String message = refusal(hex);
        assertTrue(message.contains(expected), () -> hex + " gave: " + message);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "81".repeat(100) + "00";
        assertTrue(refusal(deep).contains("nested deeper"), refusal(deep));
        String manyTags = "c1".repeat(20) + "00";
        assertTrue(refusal(manyTags).contains("tags on one item"), refusal(manyTags));
    }

    @Test
    void garbageNeverEscapesAsAnotherException() {
        byte[] random = new byte[64];
        java.util.Random seeded = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) {
            seeded.nextBytes(random);
            byte[] input = java.util.Arrays.copyOf(random, 1 + seeded.nextInt(random.length));
            try {
                Cbor.decode(input);
            } catch (CborException expected) {
                // refused with the dedicated exception: fine
            }
        }
        byte[] text = "{\"not\": \"cbor\"}".getBytes(StandardCharsets.US_ASCII);
        assertThrows(CborException.class, () -> Cbor.decode(text));
    }

    @Test
    void bytesAreCopiedAndComparedByContent() {
        byte[] raw = {1, 2, 3};
        CborBytes bytes = new CborBytes(raw);
        raw[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, bytes.value());
        assertEquals(new CborBytes(new byte[] {1, 2, 3}), bytes);
        assertEquals(new CborBytes(new byte[] {1, 2, 3}).hashCode(), bytes.hashCode());
    }
}
