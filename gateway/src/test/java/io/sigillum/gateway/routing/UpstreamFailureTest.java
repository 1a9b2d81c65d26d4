package io.sigillum.gateway.routing;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpstreamFailureTest {

    @Test
    void aTimeoutOnTheRequestsOwnReadIs504() {
        assertEquals(UpstreamFailure.TIMEOUT,
                UpstreamFailure.of(new UncheckedIOException(new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void aFailedWatchOverAnIdlePooledConnectionIsABrokenConnectionNotATimeout() {
        // As Helidon's client reports it: its idle watch's read failed, whatever the innermost cause.
        RuntimeException watchTimedOut = new RuntimeException("Exception in socket monitor thread.",
                new ExecutionException(new UncheckedIOException(new SocketTimeoutException("Read timed out"))));
        RuntimeException watchReset = new RuntimeException("Exception in socket monitor thread.",
                new ExecutionException(new UncheckedIOException(new SocketException("Connection reset"))));
        assertEquals(UpstreamFailure.BAD_GATEWAY, UpstreamFailure.of(watchTimedOut));
        assertEquals(UpstreamFailure.BAD_GATEWAY, UpstreamFailure.of(watchReset));
    }

    @Test
    void nothingListeningIs503AndAnythingElse502() {
        assertEquals(UpstreamFailure.UNAVAILABLE, UpstreamFailure.of(new UncheckedIOException(new ConnectException("refused"))));
        assertEquals(UpstreamFailure.BAD_GATEWAY, UpstreamFailure.of(new IllegalStateException("not HTTP")));
    }
}
