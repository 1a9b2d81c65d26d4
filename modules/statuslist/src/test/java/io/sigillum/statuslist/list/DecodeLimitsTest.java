package io.sigillum.statuslist.list;

import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader refuses in a list it did not make: bombs, broken streams, bad widths and sizes. */
class DecodeLimitsTest {

    private static final byte[] DRAFT_ONE_BIT = HexFormat.of().parseHex("78dadbb918000217015d");

    @Test
    void aSmallStreamThatInflatesPastTheCapIsStoppedAtTheCap() throws Exception {
        // 256 MiB of zeros compress to about 256 KiB; the reader must give up once past 16 MiB.
        byte[] bomb = zerosCompressed(256L << 20);
        assertTrue(bomb.length < 512 * 1024, "bomb is " + bomb.length + " bytes");
        int cap = DecodeLimits.DEFAULT_MAX_DECOMPRESSED_BYTES;
        long before = allocatedBytes();
        assertReason(Reason.TOO_LARGE, () -> StatusList.decompress(1, bomb, DecodeLimits.defaults()));
        long allocated = allocatedBytes() - before;
        // Doubling up to cap + 1 bytes allocates under twice the cap in all; far from the 256 MiB the stream holds.
        assertTrue(allocated < 3L * cap, "inflating allocated " + allocated + " bytes for a cap of " + cap);
    }

    @Test
    void theCapIsInclusive() throws StatusListException {
        byte[] compressed = StatusList.of(8, 1000).compress();
        assertEquals(1000, StatusList.decompress(8, compressed, DecodeLimits.defaults().withMaxDecompressedBytes(1000)).size());
        assertReason(Reason.TOO_LARGE, () -> StatusList.decompress(8, compressed, DecodeLimits.defaults().withMaxDecompressedBytes(999)));
        assertReason(Reason.TOO_LARGE, () -> StatusList.decompress(8, compressed, DecodeLimits.defaults().withMaxDecompressedBytes(1)));
    }

    @Test
    void bytesAfterTheStreamAreRefused() {
        byte[] trailing = Arrays.copyOf(DRAFT_ONE_BIT, DRAFT_ONE_BIT.length + 1);
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, trailing, DecodeLimits.defaults()));
        byte[] twice = new byte[DRAFT_ONE_BIT.length * 2];
        System.arraycopy(DRAFT_ONE_BIT, 0, twice, 0, DRAFT_ONE_BIT.length);
        System.arraycopy(DRAFT_ONE_BIT, 0, twice, DRAFT_ONE_BIT.length, DRAFT_ONE_BIT.length);
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, twice, DecodeLimits.defaults()));
    }

    @Test
    void truncatedStreamsAreRefused() {
        for (int length = 0; length < DRAFT_ONE_BIT.length; length++) {
            byte[] truncated = Arrays.copyOf(DRAFT_ONE_BIT, length);
            assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, truncated, DecodeLimits.defaults()));
        }
    }

    @Test
    void aWrongChecksumIsRefused() {
        byte[] garbled = DRAFT_ONE_BIT.clone();
        garbled[garbled.length - 1] ^= 1;
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, garbled, DecodeLimits.defaults()));
        byte[] body = DRAFT_ONE_BIT.clone();
        body[3] ^= 0x40;
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, body, DecodeLimits.defaults()));
    }

    @Test
    void otherContainersAreNotZlib() throws Exception {
        byte[] list = {(byte) 0xB9, (byte) 0xA3};
        Deflater raw = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] rawDeflate = deflate(raw, list);
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, rawDeflate, DecodeLimits.defaults()));
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(list);
        }
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, gzip.toByteArray(), DecodeLimits.defaults()));
        Deflater withDictionary = new Deflater(Deflater.BEST_COMPRESSION);
        withDictionary.setDictionary(new byte[] {(byte) 0xB9});
        byte[] needsDictionary = deflate(withDictionary, list);
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, needsDictionary, DecodeLimits.defaults()));
    }

    @Test
    void aListOfNoBytesHoldsNoEntry() {
        byte[] empty = deflate(new Deflater(Deflater.BEST_COMPRESSION), new byte[0]);
        assertReason(Reason.MALFORMED_LIST, () -> StatusList.decompress(1, empty, DecodeLimits.defaults()));
    }

    @Test
    void aDeclaredSizeMustMatchTheLength() throws StatusListException {
        // The draft's 1-bit example inflates to 2 bytes.
        assertEquals(16, StatusList.decompress(1, DRAFT_ONE_BIT, DecodeLimits.defaults().expectingEntries(16)).size());
        StatusList nine = StatusList.decompress(1, DRAFT_ONE_BIT, DecodeLimits.defaults().expectingEntries(9));
        assertEquals(9, nine.size());
        assertReason(Reason.INDEX_OUT_OF_RANGE, () -> nine.statusAt(9));
        assertReason(Reason.LENGTH_MISMATCH, () -> StatusList.decompress(1, DRAFT_ONE_BIT, DecodeLimits.defaults().expectingEntries(17)));
        assertReason(Reason.LENGTH_MISMATCH, () -> StatusList.decompress(1, DRAFT_ONE_BIT, DecodeLimits.defaults().expectingEntries(8)));
        assertReason(Reason.LENGTH_MISMATCH, () -> StatusList.decompress(2, DRAFT_ONE_BIT, DecodeLimits.defaults().expectingEntries(16)));
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(Integer.MAX_VALUE, -1));
        assertThrows(IllegalArgumentException.class, () -> DecodeLimits.defaults().expectingEntries(0));
        assertThrows(IllegalArgumentException.class, () -> DecodeLimits.defaults().expectingEntries(-2));
    }

    @Test
    void lstIsCanonicalUnpaddedBase64url() throws StatusListException {
        assertEquals(16, StatusList.fromLst(1, "eNrbuRgAAhcBXQ", DecodeLimits.defaults()).size());
        String standard = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("78da3be9f2130003df0207ff"));
        for (String bad : new String[] {"eNrbuRgAAhcBXQ==", "eNrbuRgAAhcBXR", "eNrbuRgA AhcBXQ", "eNrbuRgAAhcBX", "", "!", standard}) {
            assertReason(Reason.MALFORMED_LIST, () -> StatusList.fromLst(1, bad, DecodeLimits.defaults()));
        }
    }

    @Test
    void structuresWithBadBitsAreRefused() {
        for (Object bits : new Object[] {0, 3, 16, -1, 4_294_967_297L, 1.0, "1", true}) {
            assertReason(Reason.UNSUPPORTED_BITS,
                    () -> StatusListJson.read(Map.of("bits", bits, "lst", "eNrbuRgAAhcBXQ"), DecodeLimits.defaults()));
        }
        for (CborValue bits : new CborValue[] {CborValue.of(3), CborValue.of(-1), CborValue.of("1"), CborValue.of(1L << 32 | 1)}) {
            CborMap map = CborMap.builder().put("bits", bits).put("lst", CborValue.of(DRAFT_ONE_BIT)).build();
            assertReason(Reason.UNSUPPORTED_BITS, () -> StatusListCbor.read(map, DecodeLimits.defaults()));
        }
    }

    @Test
    void structuresMissingMembersOrOfTheWrongTypeAreRefused() {
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListJson.read(Map.of("lst", "eNrbuRgAAhcBXQ"), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListJson.read(Map.of("bits", 1), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListJson.read(Map.of("bits", 1, "lst", 5), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListJson.read(
                Map.of("bits", 1, "lst", "eNrbuRgAAhcBXQ", "aggregation_uri", "/relative"), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListCbor.read(CborValue.of("x"), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListCbor.read(
                CborMap.builder().put("bits", CborValue.of(1)).put("lst", CborValue.of("eNrbuRgAAhcBXQ")).build(), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListCbor.read(
                CborMap.builder().put("bits", CborValue.of(1)).build(), DecodeLimits.defaults()));
        assertReason(Reason.MALFORMED_TOKEN, () -> StatusListCbor.read(CborMap.builder().put("bits", CborValue.of(1))
                .put("lst", CborValue.of(DRAFT_ONE_BIT)).put("aggregation_uri", CborValue.of(7)).build(), DecodeLimits.defaults()));
    }

    @Test
    void anAggregationUriTravelsInBothForms() throws Exception {
        StatusListStructure structure = new StatusListStructure(StatusList.of(1, 8),
                java.util.Optional.of(java.net.URI.create("https://example.com/statuslists")));
        assertEquals(structure, StatusListJson.read(StatusListJson.write(structure), DecodeLimits.defaults()));
        assertEquals(structure, StatusListCbor.read(StatusListCbor.write(structure), DecodeLimits.defaults()));
    }

    static void assertReason(Reason reason, Executable executable) {
        StatusListException e = assertThrows(StatusListException.class, executable);
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static byte[] zerosCompressed(long length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] zeros = new byte[1 << 20];
            byte[] chunk = new byte[64 * 1024];
            for (long fed = 0; fed < length; fed += zeros.length) {
                deflater.setInput(zeros);
                while (!deflater.needsInput()) {
                    out.write(chunk, 0, deflater.deflate(chunk));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] deflate(Deflater deflater, byte[] input) {
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * This thread's allocations so far, through reflection: the tests compile as part of the
     * library's module, which reads neither java.management nor jdk.management, and run on the
     * class path, where both are there.
     */
    private static long allocatedBytes() throws ReflectiveOperationException {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
    }
}
