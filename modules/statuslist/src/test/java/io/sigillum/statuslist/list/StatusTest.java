package io.sigillum.statuslist.list;

import io.sigillum.statuslist.list.Status.Category;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTest {

    @Test
    void theDraftsValuesAndCategories() {
        assertEquals(0x00, Status.VALID.value());
        assertEquals(0x01, Status.INVALID.value());
        assertEquals(0x02, Status.SUSPENDED.value());
        assertEquals(0x03, Status.APPLICATION_SPECIFIC.value());
        assertEquals(Category.VALID, Status.of(0).category());
        assertEquals(Category.INVALID, Status.of(1).category());
        assertEquals(Category.SUSPENDED, Status.of(2).category());
        for (int value : new int[] {0x03, 0x0C, 0x0D, 0x0E, 0x0F}) {
            assertEquals(Category.APPLICATION_SPECIFIC, Status.of(value).category(), "0x" + Integer.toHexString(value));
        }
        // 0x0B was application specific until -14; from then on only 0x03 and 0x0C-0x0F are.
        for (int value : new int[] {0x04, 0x0B, 0x10, 0xFF}) {
            assertEquals(Category.UNASSIGNED, Status.of(value).category());
        }
        assertTrue(Status.VALID.isValid());
        assertFalse(Status.SUSPENDED.isValid());
    }

    @Test
    void valuesAreOneByte() {
        assertThrows(IllegalArgumentException.class, () -> Status.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Status.of(256));
        assertThrows(IllegalArgumentException.class, () -> new Status(256));
        assertSame(Status.of(7), Status.of(7));
        assertEquals(Status.INVALID, Status.of(1));
    }

    @Test
    void minimumBits() {
        assertEquals(1, Status.INVALID.minimumBits());
        assertEquals(2, Status.SUSPENDED.minimumBits());
        assertEquals(2, Status.APPLICATION_SPECIFIC.minimumBits());
        assertEquals(4, Status.of(0x0F).minimumBits());
        assertEquals(8, Status.of(0x10).minimumBits());
    }

    @Test
    void toStringNamesCategoryAndValue() {
        assertEquals("SUSPENDED (0x02)", Status.SUSPENDED.toString());
        assertEquals("UNASSIGNED (0xA0)", Status.of(0xA0).toString());
    }
}
