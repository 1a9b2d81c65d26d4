package io.sigillum.crypto.provider;

import io.sigillum.crypto.provider.internal.ProviderInstaller;
import org.junit.jupiter.api.Test;

import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderInstallerTest {

    /** A provider with no services: enough to see where the installer puts it. */
    private static final class StandIn extends Provider {
        StandIn(String name) {
            super(name, "9.9", "stand-in fast provider");
        }
    }

    @Test
    void fallsBackToTheJdkProviderWhenTheNativeLibraryDoesNotLoad() {
        ProviderInstaller installer = new ProviderInstaller(() -> {
            throw new UnsatisfiedLinkError("no amazonCorrettoCryptoProvider in java.library.path");
        });

        ActiveProvider active = installer.install();

        assertFalse(active.fast());
        assertTrue(active.reason().contains("UnsatisfiedLinkError"), active.reason());
        assertFalse(active.name().isBlank());
        assertTrue(active.toString().contains("(jdk: UnsatisfiedLinkError"), active.toString());
    }

    @Test
    void fallsBackWhenTheHealthCheckFails() {
        ProviderInstaller installer = new ProviderInstaller(() -> {
            throw new IllegalStateException("self-test failed");
        });

        ActiveProvider active = installer.install();

        assertFalse(active.fast());
        assertEquals("IllegalStateException: self-test failed", active.reason());
    }

    @Test
    void installsAHealthyProviderFirstAndReportsIt() {
        StandIn standIn = new StandIn("SigillumStandIn1");
        try {
            ActiveProvider active = new ProviderInstaller(() -> standIn).install();

            assertTrue(active.fast());
            assertEquals("SigillumStandIn1", active.name());
            assertEquals("9.9", active.version());
            assertSame(standIn, Security.getProviders()[0]);
        } finally {
            Security.removeProvider(standIn.getName());
        }
    }

    @Test
    void movesAnAlreadyRegisteredProviderToTheFront() {
        StandIn standIn = new StandIn("SigillumStandIn2");
        Security.addProvider(standIn);
        try {
            assertNotEquals(standIn, Security.getProviders()[0]);
            new ProviderInstaller(() -> standIn).install();
            assertSame(standIn, Security.getProviders()[0]);
            assertEquals(1, List.of(Security.getProviders()).stream().filter(p -> p == standIn).count());
        } finally {
            Security.removeProvider(standIn.getName());
        }
    }

    @Test
    void loadsOnceHoweverManyThreadsAsk() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        ProviderInstaller installer = new ProviderInstaller(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("not here");
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ActiveProvider>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return installer.install();
                }));
            }
            start.countDown();
            ActiveProvider first = answers.get(0).get();
            for (Future<ActiveProvider> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, loads.get());
    }
}
