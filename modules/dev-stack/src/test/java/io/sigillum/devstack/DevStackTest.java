package io.sigillum.devstack;

import io.sigillum.devstack.stack.StackLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevStackTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String previousHome;

    @BeforeEach
    void pointHomeAtAnEmptyDirectory() {
        previousHome = System.getProperty(StackLayout.HOME_PROPERTY);
        System.setProperty(StackLayout.HOME_PROPERTY, root.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(StackLayout.HOME_PROPERTY);
        } else {
            System.setProperty(StackLayout.HOME_PROPERTY, previousHome);
        }
    }

    @Test
    void tokenBeforeUpFailsWithOneLine() {
        assertEquals(1, run("token", "--role", "issuer-admin"));
        assertEquals("sigillum: there is no development JWT key yet; run ./sigillum up first\n", err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void caBeforeUpFailsWithOneLine() {
        assertEquals(1, run("ca"));
        assertEquals("sigillum: there is no development CA yet; run ./sigillum up first\n", err());
    }

    @Test
    void aBadCommandLineExitsTwoWithOneLine() {
        assertEquals(2, run("restart"));
        assertEquals("sigillum: unknown command 'restart' (./sigillum help lists the commands)\n", err());
    }

    @Test
    void upWithoutTheServiceJarsSaysHowToBuildThem() {
        assertEquals(1, run("up"));
        String message = err();
        assertTrue(message.startsWith("sigillum: 6 service jars are missing"), message);
        assertTrue(message.endsWith("; run ./mvnw -DskipTests install first\n"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void statusOfAStackNeverStartedSaysNothingRunsAndExitsThree() {
        assertEquals(3, run("status"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("issuance"), table);
        assertTrue(table.contains("stopped"), table);
    }

    @Test
    void downWithNothingRunningSaysSo() {
        assertEquals(0, run("down"));
        assertEquals("Nothing is running.\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"up", "down", "status", "logs", "token", "ca", "demo"}) {
            assertTrue(help.contains("\n  " + command + " "), command);
        }
    }

    private int run(String... args) {
        return DevStack.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
