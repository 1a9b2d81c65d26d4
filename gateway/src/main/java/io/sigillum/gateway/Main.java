package io.sigillum.gateway;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/** Starts the gateway; if it cannot, says why in one line and exits with status 1. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        try {
            GatewayServer.start(Config.create());
        } catch (RuntimeException e) {
            System.err.println("sigillum: gateway: " + GatewayServer.reason(e));
            System.exit(1);
        }
    }
}
