package io.sigillum.devstack.broker;

import io.sigillum.devstack.process.LaunchSpec;
import io.sigillum.devstack.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokerInstanceTest {

    @TempDir
    Path root;

    @Test
    void createOpensOnlyTheCoreAcceptorOnLoopbackWithLoginRequired() {
        StackLayout layout = StackLayout.at(root);
        ArtemisDistribution distribution = new ArtemisDistribution(root.resolve("artemis"), "2.40.0");
        List<String> command = new BrokerInstance(layout).createCommand(distribution, "pw");

        assertEquals(List.of(root.resolve("artemis/bin/artemis").toString(), "create", layout.broker().toString()),
                command.subList(0, 3));
        assertTrue(command.containsAll(List.of("--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-web", "--require-login", "--silent")));
        assertEquals("127.0.0.1", command.get(command.indexOf("--host") + 1));
        assertEquals("61616", command.get(command.indexOf("--default-port") + 1));
        assertEquals("sigillum", command.get(command.indexOf("--user") + 1));
    }

    @Test
    void anInstanceIsRemadeWhenMissingOrMadeFromAnotherDistribution() throws Exception {
        StackLayout layout = StackLayout.at(root);
        BrokerInstance broker = new BrokerInstance(layout);
        ArtemisDistribution current = new ArtemisDistribution(root.resolve("target/artemis/apache-artemis-2.40.0"), "2.40.0");
        assertTrue(broker.needsCreate(current), "no instance yet");

        Path script = Files.createDirectories(layout.broker().resolve("bin")).resolve("artemis");
        Files.writeString(script, "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path profile = Files.createDirectories(layout.broker().resolve("etc")).resolve("artemis.profile");
        Files.writeString(profile, "ARTEMIS_HOME='" + current.home() + "'\nARTEMIS_INSTANCE='" + layout.broker() + "'\n");
        assertFalse(broker.needsCreate(current));

        ArtemisDistribution moved = new ArtemisDistribution(Path.of("/elsewhere/apache-artemis-2.40.0"), "2.40.0");
        assertTrue(broker.needsCreate(moved));
    }

    @Test
    void runKeepsJavaHomeInTheEnvironmentAndIsRecognisedByItsInstancePath() {
        StackLayout layout = StackLayout.at(root);
        LaunchSpec spec = new BrokerInstance(layout).launchSpec();

        assertEquals(List.of(layout.broker().resolve("bin/artemis").toString(), "run"), spec.command());
        assertEquals(System.getProperty("java.home"), spec.environment().get("JAVA_HOME"));
        assertTrue(spec.ownershipMarkers().contains(layout.broker().toString()));
        assertTrue(spec.ownershipMarkers().contains("org.apache.activemq.artemis.boot.Artemis"));
    }
}
