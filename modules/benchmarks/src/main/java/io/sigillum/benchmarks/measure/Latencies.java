package io.sigillum.benchmarks.measure;

import java.util.Arrays;
import java.util.List;

/**
 * Every measured call's latency, in nanoseconds, kept whole: one recorder per client thread (no
 * sharing while the load runs), merged and sorted afterwards for exact percentiles. A run of a few
 * hundred thousand calls costs a few megabytes.
 */
public final class Latencies {

    private long[] values = new long[1 << 14];
    private int size;

    /** Records one call. Not thread-safe: each client thread has its own. */
    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = nanos;
    }

    /** The merged, sorted latencies of all threads. */
    public static final class Sorted {

        private final long[] values;

        private Sorted(long[] values) {
            this.values = values;
        }

        /** @return how many calls were recorded */
        public int count() {
            return values.length;
        }

        /**
         * @param percent e.g. 50 or 99
         * @return the nearest-rank percentile in nanoseconds, or -1 when nothing was recorded
         */
        public long percentile(double percent) {
            if (values.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(percent / 100 * values.length);
            return values[Math.min(values.length, Math.max(1, rank)) - 1];
        }
    }

    /** Merges the recorders and sorts their latencies. */
    public static Sorted merge(List<Latencies> recorders) {
        int total = recorders.stream().mapToInt(recorder -> recorder.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (Latencies recorder : recorders) {
            System.arraycopy(recorder.values, 0, all, at, recorder.size);
            at += recorder.size;
        }
        Arrays.sort(all);
        return new Sorted(all);
    }
}
