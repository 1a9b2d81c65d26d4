package io.sigillum.e2e.stack;

import java.util.List;

/** The live processes whose command line names one of some markers (a home path, a jar path). */
public final class StackProcesses {

    private StackProcesses() {
    }

    /**
     * @param markers strings a stack process's command line holds
     * @return "pid command line" of every live process, other than this one, that holds any marker
     */
    public static List<String> holding(List<String> markers) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && p.isAlive())
                .flatMap(p -> p.info().commandLine().stream()
                        .filter(line -> markers.stream().anyMatch(line::contains))
                        .map(line -> p.pid() + " " + line))
                .toList();
    }
}
