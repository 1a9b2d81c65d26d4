package io.sigillum.benchmarks.verification;

import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.store.StoredCredential;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run's wallets, one per client, each holding a PID it received before the timed part: the
 * operator records a person ({@code PUT /people/{subject}}) and offers a PID by reference with a
 * Transaction Code ({@code POST /offers}); the test wallet takes the offer through the issuance
 * service (OpenID4VCI pre-authorized code, DPoP, key proof) and verifies the credential against
 * the deployment's CAs, which it also trusts for verifiers' request objects.
 */
final class PidWallets {

    static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";

    private final StackCalls calls;
    private final HttpClient client;
    private final URI issuance;
    private final List<X509Certificate> authorities;

    /**
     * @param client      the wallets' HTTP client, trusting the run's TLS CA
     * @param issuance    the issuance service's address
     * @param authorities the deployment's CAs, for issuer and verifier certificates
     */
    PidWallets(StackCalls calls, HttpClient client, URI issuance, List<X509Certificate> authorities) {
        this.calls = calls;
        this.client = client;
        this.issuance = issuance;
        this.authorities = List.copyOf(authorities);
    }

    /**
     * @param count      how many wallets
     * @param adminToken an {@code issuer-admin} token
     * @return the wallets, each holding one PID
     */
    List<Wallet> issue(int count, String adminToken) throws IOException, InterruptedException {
        List<Wallet> wallets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = "bench-holder-" + i;
            calls.put(issuance.resolve("/people/" + subject), adminToken, """
                    {"attributes": {"given_name": "Erika %d", "family_name": "Mustermann", "birthdate": "1964-08-12",
                     "place_of_birth": {"country": "DE", "locality": "Berlin"}, "nationalities": ["DE"]}}""".formatted(i), 200);
            Map<String, Object> offer = calls.post(issuance.resolve("/offers"), adminToken, "{\"subject\":\"" + subject
                    + "\",\"credentialConfigurationIds\":[\"" + PID + "\"],\"txCode\":{},\"byReference\":true}", 201);
            Wallet wallet = Wallet.builder().httpClient(client).trustAnchors(authorities).verifierTrustAnchors(authorities).build();
            List<StoredCredential> received = wallet.receive((String) offer.get("offerUri"), (String) offer.get("txCode"));
            if (received.size() != 1) {
                throw new IllegalStateException("wallet " + i + " received " + received.size() + " credentials, not one PID");
            }
            wallets.add(wallet);
        }
        return wallets;
    }
}
