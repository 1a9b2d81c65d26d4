package io.sigillum.platform.startup;

import io.sigillum.migrations.MigrationFailedException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Runs a service's start-up and, if it fails, prints one line that says why —
 * {@code sigillum: issuance: database unreachable at jdbc:…} — and exits with status 1, instead
 * of leaving a wall of stack trace as the last word. The full trace is in the JSON log.
 */
public final class StartupGuard {

    /** What starts the runtime. */
    @FunctionalInterface
    public interface Boot {
        void start() throws Exception;
    }

    private StartupGuard() {
    }

    /** Starts the service; on failure prints the reason and exits. */
    public static void run(String service, Boot boot) {
        try {
            // The web server logs a port it cannot bind and carries on without listening: check first.
            Config config = ConfigProvider.getConfig();
            checkPortIsFree(config.getOptionalValue("server.host", String.class).orElse("0.0.0.0"),
                    config.getOptionalValue("server.port", Integer.class).orElse(0));
            boot.start();
        } catch (Throwable failure) {
            System.err.println(reason(service, failure));
            System.exit(1);
        }
    }

    static void checkPortIsFree(String host, int port) throws BindException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new BindException("port " + port + " on " + host + " is in use");
        } catch (IOException e) {
            throw new BindException("cannot bind " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** The one line that explains a failed start. */
    static String reason(String service, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationFailedException migration) {
                return "sigillum: " + migration.getMessage();
            }
            if (cause instanceof BindException bind) {
                return "sigillum: " + service + ": cannot listen on its port (" + bind.getMessage()
                        + "); is another process using it? Set server.port to change it.";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "sigillum: " + service + ": failed to start: " + root.getClass().getSimpleName() + ": "
                + firstLine(root.getMessage());
    }


    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
