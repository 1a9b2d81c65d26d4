package io.sigillum.devstack.health;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks a service {@code GET /health/ready} (MicroProfile Health) over HTTPS, trusting only the
 * development CA, with hostname verification on: the same checks a real client makes.
 */
public final class ReadinessClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;

    /**
     * @param trustStore the PKCS#12 trust store holding the development CA
     * @param password   its password
     */
    public ReadinessClient(Path trustStore, String password) {
        this.client = HttpClient.newBuilder()
                .sslContext(DevTrust.sslContext(trustStore, password))
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * @param baseUrl e.g. {@code https://127.0.0.1:8081}
     * @return what the service answered, or that it did not answer
     */
    public Readiness probe(URI baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/health/ready"))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return Readiness.answered(response.statusCode(), HealthSummary.of(response.body()));
        } catch (IOException e) {
            return Readiness.noAnswer(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Readiness.noAnswer("interrupted");
        }
    }
}
