package io.sigillum.benchmarks.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads a flight recording's execution samples ({@code jdk.ExecutionSample}) with their stacks,
 * innermost frame first; samples without a stack say nothing of where time went and are skipped.
 */
public final class ExecutionSamples {

    private ExecutionSamples() {
    }

    /**
     * @param sample each execution sample with a stack, and its frames
     * @param other  every event that is not an execution sample
     * @return how many samples were handed to {@code sample}
     */
    public static long read(Path recording, BiConsumer<RecordedEvent, List<RecordedFrame>> sample,
                            Consumer<RecordedEvent> other) throws IOException {
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    other.accept(event);
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                sample.accept(event, stack.getFrames());
            }
        }
        return samples;
    }

    /** @return the sample's category, as {@link ProfileCategories} names them */
    public static String category(List<RecordedFrame> frames) {
        return ProfileCategories.of(frames.stream().map(frame -> frame.getMethod().getType().getName()).toList());
    }
}
