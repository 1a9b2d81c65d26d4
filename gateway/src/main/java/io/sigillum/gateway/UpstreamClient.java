package io.sigillum.gateway;

import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;
import io.helidon.common.tls.Tls;
import io.helidon.config.Config;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.api.WebClientConfig;
import io.sigillum.gateway.routing.RouteTable;

import java.nio.file.Path;
import java.time.Duration;

/** Builds the client the gateway calls its upstreams with. */
public final class UpstreamClient {

    private UpstreamClient() {
    }

    /**
     * A client with the upstream timeouts ({@code sigillum.gateway.upstream-timeout}, and
     * {@code sigillum.gateway.upstream-connect-timeout} to connect, if shorter) that trusts
     * the store at {@code sigillum.tls.trust-store.path} (password {@code sigillum.tls.password}),
     * or the JDK's default roots when none is configured.
     */
    public static WebClient create(Config config) {
        return builder(config).build();
    }

    /**
     * As {@link #create(Config)}, for forwarding clients' requests: it follows no redirects (a
     * {@code 302} and its {@code Location} are the client's to follow), stores no cookies (they
     * belong to each client, never to the gateway) and sends no {@code Expect: 100-continue} of
     * its own (the body is streamed as it comes). Its pooled connections wait for their next
     * request under {@code sigillum.gateway.upstream-idle-timeout} (see {@link IdleConnectionTimeout}):
     * the caller bounds the wait for each answer itself (see {@code UpstreamDeadlines}).
     */
    public static WebClient forForwarding(Config config) {
        Duration idle = config.get("sigillum.gateway.upstream-idle-timeout").as(Duration.class).orElse(Duration.ofMinutes(10));
        return builder(config)
                .addService(new IdleConnectionTimeout(idle))
                .followRedirects(false)
                .sendExpectContinue(false)
                .cookieManager(cookies -> cookies.automaticStoreEnabled(false))
                // Upstreams are reached directly; with a proxy configured, Helidon would add Proxy-Connection.
                .proxy(Proxy.noProxy())
                .build();
    }

    /**
     * A client for fetching verification keys (an identity provider's JWKS): the same trust store
     * as for the upstreams, its own timeout, no redirects (one could lead off https) and no cookies.
     */
    public static WebClient forKeyFetching(Config config, Duration timeout) {
        return builder(config, timeout)
                .followRedirects(false)
                .cookieManager(cookies -> cookies.automaticStoreEnabled(false))
                .build();
    }

    private static WebClientConfig.Builder builder(Config config) {
        return builder(config, RouteTable.upstreamTimeout(config));
    }

    private static WebClientConfig.Builder builder(Config config, Duration timeout) {
        Duration connect = config.get("sigillum.gateway.upstream-connect-timeout").as(Duration.class).orElse(Duration.ofSeconds(2));
        var client = WebClient.builder()
                .socketOptions(socket -> socket.connectTimeout(connect.compareTo(timeout) < 0 ? connect : timeout)
                        .readTimeout(timeout)
                        // No Nagle: a body relayed in several writes would otherwise wait on the peer's delayed ACK.
                        .tcpNoDelay(true));
        config.get("sigillum.tls.trust-store.path").asString().ifPresent(path -> {
            String password = config.get("sigillum.tls.password").asString().orElse("");
            Keys trust = Keys.builder()
                    .keystore(store -> store.keystore(Resource.create(Path.of(path)))
                            .passphrase(password.toCharArray())
                            .trustStore(true))
                    .build();
            client.tls(Tls.builder().trust(trust).build());
        });
        return client;
    }
}
