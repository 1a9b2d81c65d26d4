package io.sigillum.platform.startup;

import io.sigillum.migrations.MigrationFailedException;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StartupGuardTest {

    @Test
    void aFailedMigrationIsItsOwnMessageHoweverDeepItIsWrapped() {
        var failure = new IllegalStateException("deployment failed",
                new RuntimeException(new MigrationFailedException(
                        "issuance: database unreachable at jdbc:postgresql://db:5432/sigillum: Connection refused",
                        new SQLException("Connection refused"))));
        assertEquals("sigillum: issuance: database unreachable at jdbc:postgresql://db:5432/sigillum: Connection refused",
                StartupGuard.reason("issuance", failure));
    }

    @Test
    void aTakenPortSaysSo() {
        var failure = new IllegalStateException("server failed", new BindException("Address already in use"));
        assertEquals("sigillum: status: cannot listen on its port (Address already in use); is another process using it?"
                + " Set server.port to change it.", StartupGuard.reason("status", failure));
    }

    @Test
    void anythingElseIsItsRootCauseOnOneLine() {
        var failure = new RuntimeException("outer", new IllegalArgumentException("bad value\n\tat somewhere"));
        assertEquals("sigillum: verification: failed to start: IllegalArgumentException: bad value",
                StartupGuard.reason("verification", failure));
    }

    @Test
    void aPortHeldByAnotherSocketIsFoundBeforeTheServerStarts() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BindException e = assertThrows(BindException.class,
                    () -> StartupGuard.checkPortIsFree("127.0.0.1", holder.getLocalPort()));
            assertEquals("port " + holder.getLocalPort() + " on 127.0.0.1 is in use", e.getMessage());
        }
        assertDoesNotThrow(() -> StartupGuard.checkPortIsFree("127.0.0.1", 0));
    }
}
