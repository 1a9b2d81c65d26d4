package io.sigillum.statuslist.list;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prints how close zlib comes to the entropy bound on 1-bit lists of a million entries with 1%
 * and 10% of them INVALID at random: the figures in the README. Not a threshold: the only
 * assertion is that compressing helps at all.
 */
class CompressionSizeReportTest {

    private static final int ENTRIES = 1_000_000;

    @Test
    void printCompressedSizeAgainstTheEntropyBound() {
        System.out.println("entries   p      lst bytes   n*H(p)/8 bytes   ratio   base64url chars");
        for (double p : new double[] {0.01, 0.10}) {
            StatusList list = StatusList.of(1, ENTRIES);
            Random random = new Random(2026);
            for (int i = 0; i < ENTRIES; i++) {
                if (random.nextDouble() < p) {
                    list.set(i, Status.INVALID);
                }
            }
            int compressed = list.compress().length;
            double bound = ENTRIES * entropy(p) / 8;
            System.out.println(String.format(Locale.ROOT, "%,d  %4.0f%%  %,10d   %,14.0f   %5.3f   %,d",
                    ENTRIES, p * 100, compressed, bound, compressed / bound, list.toLst().length()));
            assertTrue(compressed < list.toBytes().length, "compression made the list larger");
        }
    }

    /** Binary entropy in bits. */
    private static double entropy(double p) {
        return -p * log2(p) - (1 - p) * log2(1 - p);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
