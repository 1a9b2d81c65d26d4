package io.sigillum.issuance.outbound;

import io.sigillum.platform.outbound.OutboundHttpClients;
import io.sigillum.platform.outbound.TokenFile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one HTTP client this service calls others with, and the token files it reads. */
@ApplicationScoped
public class OutboundHttp {

    private static final Map<String, TokenFile> TOKEN_FILES = new ConcurrentHashMap<>();

    private final HttpClient client = OutboundHttpClients.client(ConfigProvider.getConfig());

    /** The client, trusting the deployment's CA when one is configured. */
    public HttpClient client() {
        return client;
    }

    /** The current token in a token file, read again when the file changes. */
    public static String readToken(String file) {
        return TOKEN_FILES.computeIfAbsent(file, TokenFile::new).get();
    }
}
