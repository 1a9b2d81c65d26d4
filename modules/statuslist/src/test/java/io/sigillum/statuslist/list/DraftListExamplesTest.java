package io.sigillum.statuslist.list;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborException;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.statuslist.StatusListException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft's own Status List examples (§4.1, §4.2, §4.3, Appendix C), in both directions: the
 * statuses give the exact bytes the draft shows, and those bytes give back the statuses.
 */
class DraftListExamplesTest {

    private static final HexFormat HEX = HexFormat.of();

    /** §4.1: 16 entries of 1 bit. */
    private static final int[] ONE_BIT = {1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1};
    /** §4.1: 12 entries of 2 bits. */
    private static final int[] TWO_BITS = {0b01, 0b10, 0b00, 0b11, 0b00, 0b01, 0b00, 0b01, 0b01, 0b10, 0b11, 0b11};

    @Test
    void section41OneBitExample() throws StatusListException {
        StatusList list = listOf(1, ONE_BIT);
        assertArrayEquals(new byte[] {(byte) 0xB9, (byte) 0xA3}, list.toBytes());
        assertEquals("78dadbb918000217015d", HEX.formatHex(list.compress()));
        assertEquals("eNrbuRgAAhcBXQ", list.toLst());                       // §4.2

        assertStatuses(ONE_BIT, StatusList.decompress(1, HEX.parseHex("78dadbb918000217015d"), DecodeLimits.defaults()));
        assertStatuses(ONE_BIT, StatusList.fromLst(1, "eNrbuRgAAhcBXQ", DecodeLimits.defaults()));
    }

    @Test
    void section41TwoBitExample() throws StatusListException {
        StatusList list = listOf(2, TWO_BITS);
        assertArrayEquals(new byte[] {(byte) 0xC9, 0x44, (byte) 0xF9}, list.toBytes());
        assertEquals("78da3be9f2130003df0207", HEX.formatHex(list.compress()));
        assertEquals("eNo76fITAAPfAgc", list.toLst());                      // §4.2

        assertStatuses(TWO_BITS, StatusList.decompress(2, HEX.parseHex("78da3be9f2130003df0207"), DecodeLimits.defaults()));
        assertStatuses(TWO_BITS, StatusList.fromLst(2, "eNo76fITAAPfAgc", DecodeLimits.defaults()));
    }

    @Test
    void section42JsonStructure() throws StatusListException {
        Map<String, Object> json = StatusListJson.write(StatusListStructure.of(listOf(1, ONE_BIT)));
        assertEquals(Map.of("bits", 1, "lst", "eNrbuRgAAhcBXQ"), json);
        assertEquals(List.of("bits", "lst"), List.copyOf(json.keySet()));
        assertStatuses(ONE_BIT, StatusListJson.read(Map.of("bits", 2L - 1, "lst", "eNrbuRgAAhcBXQ"), DecodeLimits.defaults()).list());
        assertStatuses(TWO_BITS, StatusListJson.read(Map.of("bits", 2, "lst", "eNo76fITAAPfAgc"), DecodeLimits.defaults()).list());
    }

    @Test
    void section43CborStructure() throws StatusListException, CborException {
        byte[] draft = HEX.parseHex("a2646269747301636c73744a78dadbb918000217015d");
        CborMap ours = StatusListCbor.write(StatusListStructure.of(listOf(1, ONE_BIT)));
        // Entry by entry: the draft writes "bits" first, where deterministic encoding
        // (RFC 8949 §4.2.1) sorts the shorter key "lst" first, so the bytes differ in order only.
        assertEquals(Cbor.decode(draft), ours);
        assertEquals(HEX.formatHex(draft).length(), HEX.formatHex(Cbor.encode(ours)).length());
        assertStatuses(ONE_BIT, StatusListCbor.read(Cbor.decode(draft), DecodeLimits.defaults()).list());
    }

    static Stream<AppendixCVector> appendixC() {
        return Stream.of("appendix-c1-1-bit.txt", "appendix-c2-2-bit.txt", "appendix-c3-4-bit.txt", "appendix-c4-8-bit.txt")
                .map(AppendixCVector::read);
    }

    @ParameterizedTest
    @MethodSource("appendixC")
    void appendixCStatusesGiveTheDraftsBytes(AppendixCVector vector) throws CborException {
        StatusList list = StatusList.of(vector.bits(), AppendixCVector.SIZE);
        vector.statuses().forEach((index, value) -> list.set(index, Status.of(value)));
        CborValue draft = Cbor.decode(vector.cbor());
        // The JDK's zlib at the best level writes the very bytes the draft's generator did.
        assertEquals(draft, StatusListCbor.write(StatusListStructure.of(list)));
        if (vector.lst() != null) {
            assertEquals(vector.lst(), list.toLst());
            assertEquals(vector.lst(), StatusListJson.write(StatusListStructure.of(list)).get("lst"));
        }
    }

    @ParameterizedTest
    @MethodSource("appendixC")
    void appendixCBytesGiveTheDraftsStatuses(AppendixCVector vector) throws StatusListException, CborException {
        DecodeLimits limits = DecodeLimits.defaults().expectingEntries(AppendixCVector.SIZE);
        assertAppendixStatuses(vector, StatusListCbor.read(Cbor.decode(vector.cbor()), limits).list());
        if (vector.lst() != null) {
            assertAppendixStatuses(vector, StatusListJson.read(Map.of("bits", vector.bits(), "lst", vector.lst()), limits).list());
        }
    }

    private static void assertAppendixStatuses(AppendixCVector vector, StatusList list) {
        assertEquals(vector.bits(), list.bits());
        assertEquals(AppendixCVector.SIZE, list.size());
        long nonZero = 0;
        for (long i = 0; i < list.size(); i++) {
            int value = list.get(i).value();
            assertEquals(vector.statuses().getOrDefault(i, 0), value, "entry " + i);
            nonZero += value == 0 ? 0 : 1;
        }
        assertTrue(nonZero > 0);
    }

    static StatusList listOf(int bits, int[] values) {
        StatusList list = StatusList.of(bits, values.length);
        for (int i = 0; i < values.length; i++) {
            list.set(i, Status.of(values[i]));
        }
        return list;
    }

    static void assertStatuses(int[] expected, StatusList list) {
        assertEquals(expected.length, list.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], list.get(i).value(), "entry " + i);
        }
    }
}
