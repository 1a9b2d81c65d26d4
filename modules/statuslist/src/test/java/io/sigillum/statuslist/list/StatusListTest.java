package io.sigillum.statuslist.list;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusListTest {

    @Test
    void aNewListIsValidEverywhere() {
        StatusList list = StatusList.of(2, 1000);
        for (long i = 0; i < list.size(); i++) {
            assertEquals(Status.VALID, list.get(i));
        }
        assertEquals(250, list.toBytes().length);
    }

    @Test
    void oneBitEntriesFillEachByteFromTheLeastSignificantBit() {
        StatusList list = StatusList.of(1, 16);
        list.set(0, Status.INVALID);
        list.set(7, Status.INVALID);
        list.set(9, Status.INVALID);
        assertArrayEquals(new byte[] {(byte) 0b1000_0001, 0b0000_0010}, list.toBytes());
    }

    @Test
    void twoBitEntriesTakeBitPairsFromTheLeastSignificantEnd() {
        StatusList list = StatusList.of(2, 5);
        list.set(0, Status.INVALID);                // bits 0-1 of byte 0
        list.set(3, Status.APPLICATION_SPECIFIC);   // bits 6-7 of byte 0
        list.set(4, Status.SUSPENDED);              // bits 0-1 of byte 1
        assertArrayEquals(new byte[] {(byte) 0b1100_0001, 0b0000_0010}, list.toBytes());
    }

    @Test
    void fourAndEightBitEntries() {
        StatusList four = StatusList.of(4, 3);
        four.set(0, Status.of(0x0A));
        four.set(1, Status.of(0x0F));
        four.set(2, Status.of(0x01));
        assertArrayEquals(new byte[] {(byte) 0xFA, 0x01}, four.toBytes());
        StatusList eight = StatusList.of(8, 2);
        eight.set(1, Status.of(0xC3));
        assertArrayEquals(new byte[] {0x00, (byte) 0xC3}, eight.toBytes());
    }

    @Test
    void settingAnEntryLeavesItsNeighboursAlone() {
        StatusList list = StatusList.of(2, 4);
        for (int i = 0; i < 4; i++) {
            list.set(i, Status.APPLICATION_SPECIFIC);
        }
        list.set(2, Status.VALID);
        assertEquals(Status.APPLICATION_SPECIFIC, list.get(1));
        assertEquals(Status.VALID, list.get(2));
        assertEquals(Status.APPLICATION_SPECIFIC, list.get(3));
        list.set(2, Status.SUSPENDED);
        assertArrayEquals(new byte[] {(byte) 0b1110_1111}, list.toBytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void everyWidthRoundTripsThroughCompression(int bits) throws StatusListException {
        Random random = new Random(bits);
        StatusList list = StatusList.of(bits, 10_007);
        int[] expected = new int[10_007];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = random.nextInt(1 << bits);
            list.set(i, Status.of(expected[i]));
        }
        StatusList back = StatusList.fromLst(bits, list.toLst(), DecodeLimits.defaults().expectingEntries(expected.length));
        assertEquals(list, back);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], back.get(i).value(), "entry " + i);
        }
    }

    @Test
    void randomListsRoundTrip() throws StatusListException {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            int bits = new int[] {1, 2, 4, 8}[random.nextInt(4)];
            long size = 1 + random.nextInt(5_000);
            StatusList list = StatusList.of(bits, size);
            for (int k = random.nextInt((int) size + 1); k > 0; k--) {
                list.set(random.nextLong(size), Status.of(random.nextInt(1 << bits)));
            }
            StatusList back = StatusList.decompress(bits, list.compress(), DecodeLimits.defaults());
            assertArrayEquals(list.toBytes(), back.toBytes());
            // Without a declared size, every slot of the last byte is an entry too.
            assertEquals((size * bits + 7) / 8 * 8 / bits, back.size());
            for (long i = 0; i < size; i++) {
                assertEquals(list.get(i), back.get(i));
            }
        }
    }

    @Test
    void aValueWiderThanTheEntryIsRefused() {
        StatusList list = StatusList.of(1, 8);
        assertThrows(IllegalArgumentException.class, () -> list.set(0, Status.SUSPENDED));
        StatusList two = StatusList.of(2, 8);
        assertThrows(IllegalArgumentException.class, () -> two.set(0, Status.of(4)));
        StatusList four = StatusList.of(4, 8);
        assertThrows(IllegalArgumentException.class, () -> four.set(0, Status.of(16)));
        assertEquals(Status.VALID, four.get(0));
    }

    @Test
    void indicesOutsideTheListAreRefused() {
        StatusList list = StatusList.of(1, 16);
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(16));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(16, Status.INVALID));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(Long.MAX_VALUE, Status.INVALID));
    }

    @Test
    void anIndexFromAReferencedTokenOutsideTheListIsAnAnswer() throws StatusListException {
        StatusList list = StatusList.of(1, 16);
        list.set(15, Status.INVALID);
        assertEquals(Status.INVALID, list.statusAt(15));
        for (long index : new long[] {16, -1, Long.MAX_VALUE}) {
            StatusListException e = assertThrows(StatusListException.class, () -> list.statusAt(index));
            assertEquals(Reason.INDEX_OUT_OF_RANGE, e.reason());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 5, 6, 7, 16, -1})
    void onlyOneTwoFourAndEightBitsExist(int bits) {
        assertThrows(IllegalArgumentException.class, () -> StatusList.of(bits, 8));
        assertThrows(IllegalArgumentException.class, () -> StatusList.fromBytes(bits, new byte[1]));
        StatusListException e = assertThrows(StatusListException.class,
                () -> StatusList.decompress(bits, StatusList.of(1, 8).compress(), DecodeLimits.defaults()));
        assertEquals(Reason.UNSUPPORTED_BITS, e.reason());
    }

    @Test
    void sizesOutsideWhatOneArrayHoldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusList.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> StatusList.of(8, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> StatusList.of(1, Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> StatusList.fromBytes(1, new byte[0]));
    }

    @Test
    void fromBytesCountsEverySlot() {
        assertEquals(24, StatusList.fromBytes(1, new byte[3]).size());
        assertEquals(12, StatusList.fromBytes(2, new byte[3]).size());
        assertEquals(3, StatusList.fromBytes(8, new byte[3]).size());
    }

    @Test
    void copiesAreIndependentAndToStringShowsNoEntries() {
        StatusList list = StatusList.of(1, 8);
        StatusList copy = list.copy();
        copy.set(0, Status.INVALID);
        assertEquals(Status.VALID, list.get(0));
        byte[] bytes = list.toBytes();
        bytes[0] = 1;
        assertEquals(Status.VALID, list.get(0));
        assertEquals("StatusList[bits=1, size=8]", copy.toString());
        assertFalse(list.equals(copy));
    }
}
