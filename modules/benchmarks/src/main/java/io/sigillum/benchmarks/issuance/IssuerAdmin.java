package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The operator's side of the run, through the issuance service's admin API (role
 * {@code issuer-admin}): people in the database authentic source, and offers by value with a
 * Pre-Authorized Code and no Transaction Code. Any other answer than the expected one is an
 * {@link IllegalStateException}.
 */
final class IssuerAdmin {

    static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";
    /** Offers outlive any run. */
    private static final int OFFER_SECONDS = 3600;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;
    private final String token;

    /**
     * @param base  the issuance service's real address
     * @param token a bearer token with the role {@code issuer-admin}
     */
    IssuerAdmin(HttpClient client, URI base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** {@code PUT /people/{subject}}: a PID's attributes, as the PID rulebook names them. */
    void putPerson(String subject, int number) throws IOException, InterruptedException {
        String body = """
                {"attributes": {"given_name": "Erika %d", "family_name": "Mustermann", "birthdate": "1964-08-12",
                 "place_of_birth": {"country": "DE", "locality": "Berlin"}, "nationalities": ["DE"]}}"""
                .formatted(number);
        send(HttpRequest.newBuilder(base.resolve("/people/" + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body)), 200, "PUT /people");
    }

    /**
     * {@code POST /offers}: a PID offer by value for this person.
     *
     * @return its Pre-Authorized Code
     */
    String offer(String subject) throws IOException, InterruptedException {
        String body = JSONObjectUtils.toJSONString(Map.of("subject", subject,
                "credentialConfigurationIds", List.of(PID), "expiresInSeconds", OFFER_SECONDS));
        String created = send(HttpRequest.newBuilder(base.resolve("/offers"))
                .POST(HttpRequest.BodyPublishers.ofString(body)), 201, "POST /offers");
        try {
            return OfferUris.preAuthorizedCode(JSONObjectUtils.getString(JSONObjectUtils.parse(created), "offerUri"));
        } catch (ParseException e) {
            throw new IllegalStateException("POST /offers answered what is not an offer: " + created, e);
        }
    }

    private String send(HttpRequest.Builder request, int expected, String call) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(call + " answered " + response.statusCode() + " (expected " + expected + "): "
                    + response.body());
        }
        return response.body();
    }
}
