package io.sigillum.benchmarks.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a reader needs to weigh the numbers: the machine, the JDK, and how busy the machine was. */
public final class MachineFacts {

    private MachineFacts() {
    }

    /** @return e.g. {@code 2 cores (AMD EPYC), Linux 6.8 amd64, JDK 25+36-LTS (Eclipse Adoptium)} */
    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores" + cpuModel() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
                + ", JDK " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.vendor") + ")";
    }

    /** @return the 1, 5 and 15-minute load averages, where the system tells them */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> " (" + line.substring(line.indexOf(':') + 1).strip() + ")")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
