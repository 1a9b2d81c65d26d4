package io.sigillum.devstack.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArgumentParserTest {

    private final ArgumentParser parser = new ArgumentParser(List.of("broker", "issuance", "gateway"), "alice");

    @Test
    void plainCommandsParse() {
        assertInstanceOf(Invocation.Up.class, parser.parse("up"));
        assertInstanceOf(Invocation.Down.class, parser.parse("down"));
        assertInstanceOf(Invocation.Status.class, parser.parse("status"));
        assertInstanceOf(Invocation.Ca.class, parser.parse("ca"));
        assertInstanceOf(Invocation.Demo.class, parser.parse("demo"));
        assertInstanceOf(Invocation.Help.class, parser.parse("help"));
        assertInstanceOf(Invocation.Help.class, parser.parse());
    }

    @Test
    void unknownCommandsAndStrayArgumentsAreRefused() {
        UsageException unknown = assertThrows(UsageException.class, () -> parser.parse("start"));
        assertEquals("unknown command 'start'", unknown.getMessage());
        assertThrows(UsageException.class, () -> parser.parse("up", "now"));
    }

    @Test
    void logsTakesAKnownNameAndFollow() {
        assertEquals(new Invocation.Logs("issuance", false), parser.parse("logs", "issuance"));
        assertEquals(new Invocation.Logs("broker", true), parser.parse("logs", "-f", "broker"));
        assertEquals(new Invocation.Logs("gateway", true), parser.parse("logs", "gateway", "--follow"));
    }

    @Test
    void logsRefusesUnknownOrMissingNames() {
        UsageException unknown = assertThrows(UsageException.class, () -> parser.parse("logs", "kms"));
        assertTrue(unknown.getMessage().contains("broker, issuance, gateway"), unknown.getMessage());
        assertThrows(UsageException.class, () -> parser.parse("logs"));
        assertThrows(UsageException.class, () -> parser.parse("logs", "issuance", "gateway"));
        assertThrows(UsageException.class, () -> parser.parse("logs", "-x", "issuance"));
    }

    @Test
    void tokenCollectsRolesAndDefaultsSubjectAndTtl() {
        Invocation.Token token = (Invocation.Token) parser.parse("token", "--role", "issuer-admin", "--role", "status-admin");
        assertEquals(List.of("issuer-admin", "status-admin"), token.roles());
        assertEquals("alice", token.subject());
        assertEquals(Duration.ofMinutes(15), token.ttl());
    }

    @Test
    void tokenTakesSubjectAndShortDurations() {
        Invocation.Token token = (Invocation.Token) parser.parse(
                "token", "--subject", "bob", "--ttl", "2h", "--role", "verifier-rp");
        assertEquals("bob", token.subject());
        assertEquals(Duration.ofHours(2), token.ttl());
        assertEquals(Duration.ofSeconds(90), ((Invocation.Token) parser.parse("token", "--role", "r", "--ttl", "90s")).ttl());
        assertEquals(Duration.ofDays(1), ((Invocation.Token) parser.parse("token", "--role", "r", "--ttl", "1d")).ttl());
    }

    @Test
    void tokenRefusesWhatIsMissingOrMalformed() {
        assertThrows(UsageException.class, () -> parser.parse("token"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role", "--subject", "x"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role", "r", "--ttl", "15"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role", "r", "--ttl", "0m"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role", "r", "--ttl", "2d"));
        assertThrows(UsageException.class, () -> parser.parse("token", "--role", "r", "--colour", "blue"));
        assertThrows(UsageException.class, () -> parser.parse("token", "issuer-admin"));
    }

    @Test
    void usageErrorsBecomeOneLineWithTheUsageExitCode() {
        UsageException e = assertThrows(UsageException.class, () -> parser.parse("token"));
        var stackException = e.toStackException();
        assertEquals(2, stackException.exitCode());
        assertTrue(stackException.getMessage().endsWith("(./sigillum help lists the commands)"));
        assertTrue(!stackException.getMessage().contains("\n"));
    }
}
