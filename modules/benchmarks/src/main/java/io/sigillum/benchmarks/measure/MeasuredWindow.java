package io.sigillum.benchmarks.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The timing of a closed-loop load: an unmeasured start, then a measured window, fixed when the
 * load starts. Clients loop while the window is not over and count only what ends inside it; the
 * window reads the processes' CPU time at both of its ends, so the CPU figures cover exactly what
 * was counted.
 */
public final class MeasuredWindow {

    private final long from;
    private final long until;
    private final Duration measured;

    private MeasuredWindow(long from, long until, Duration measured) {
        this.from = from;
        this.until = until;
        this.measured = measured;
    }

    /** @return a window that opens after {@code unmeasured} from now and lasts {@code measured} */
    public static MeasuredWindow after(Duration unmeasured, Duration measured) {
        long from = System.nanoTime() + unmeasured.toNanos();
        return new MeasuredWindow(from, from + measured.toNanos(), measured);
    }

    /** @return whether clients should go on: the window has not ended */
    public boolean notOver() {
        return System.nanoTime() < until;
    }

    /** @return whether a moment of {@link System#nanoTime()} falls inside the window */
    public boolean contains(long nanoTime) {
        return nanoTime >= from && nanoTime < until;
    }

    /** @return the window's length */
    public Duration measured() {
        return measured;
    }

    /**
     * Runs each client on its own platform thread until all have ended, reading the processes'
     * CPU time when the window opens and when it closes.
     *
     * @param clients    the loops, each ending once {@link #notOver()} is false
     * @param threadName the threads' name, numbered from 0
     * @param processes  whose CPU time to read, by name
     * @return the CPU time each process used in the window
     */
    public WindowCpu run(List<? extends Runnable> clients, String threadName, Map<String, ProcessHandle> processes)
            throws InterruptedException {
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            running.add(Thread.ofPlatform().name(threadName + "-" + i).start(clients.get(i)));
        }
        sleepUntil(from);
        Map<String, Duration> before = cpu(processes);
        sleepUntil(until);
        Map<String, Duration> used = cpu(processes);
        used.replaceAll((name, after) -> after.minus(before.get(name)));
        for (Thread thread : running) {
            thread.join();
        }
        return new WindowCpu(used, measured);
    }

    private static Map<String, Duration> cpu(Map<String, ProcessHandle> processes) {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> cpu.put(name, CpuTime.of(process)));
        return cpu;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
