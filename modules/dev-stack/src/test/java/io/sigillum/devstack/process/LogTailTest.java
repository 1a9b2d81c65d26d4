package io.sigillum.devstack.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void readsOnlyWhatWasWrittenAfterTheOffset() throws Exception {
        Path log = dir.resolve("issuance.log");
        Files.writeString(log, "sigillum: an old failure\nold\n");
        long offset = Files.size(log);
        Files.writeString(log, "new 1\nnew 2\n", StandardOpenOption.APPEND);

        assertEquals(List.of("new 1", "new 2"), LogTail.linesSince(log, offset));
        assertEquals(Optional.empty(), LogTail.lastSigillumLine(LogTail.linesSince(log, offset)),
                "a line from an earlier run must not be blamed");
        assertEquals(List.of(), LogTail.linesSince(dir.resolve("missing.log"), 0));
    }

    @Test
    void findsTheLastSigillumLine() {
        List<String> lines = List.of("starting", "sigillum: first", "noise", "sigillum: sigillum.db.url is not set", "SEVERE x");
        assertEquals(Optional.of("sigillum: sigillum.db.url is not set"), LogTail.lastSigillumLine(lines));
        assertEquals(Optional.empty(), LogTail.lastSigillumLine(List.of("  sigillum: indented is not it")));
    }

    @Test
    void lastKeepsTheEnd() {
        List<String> lines = IntStream.rangeClosed(1, 30).mapToObj(Integer::toString).toList();
        assertEquals(IntStream.rangeClosed(11, 30).mapToObj(Integer::toString).toList(), LogTail.last(lines, 20));
        assertEquals(List.of("1", "2"), LogTail.last(List.of("1", "2"), 20));
    }
}
