package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.devstack.health.DevTrust;
import io.sigillum.devstack.pki.DevJwtKey;
import io.sigillum.devstack.secrets.StackSecrets;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;
import io.sigillum.devstack.stack.StackLayout;
import io.sigillum.devstack.token.DevTokenFactory;
import io.sigillum.devstack.StackException;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.store.StoredCredential;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Issues a PID to the test wallet through the running stack and narrates it: the operator
 * records a person and makes an offer with a Transaction Code; the wallet resolves the offer
 * through the gateway, reads the metadata, gets a DPoP-bound token, proves its keys and receives
 * a batch of SD-JWT VCs, which it verifies against the deployment's CA.
 */
public final class IssuanceDemo {

    static final String SUBJECT = "demo-erika-mustermann";
    static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";
    private static final String PERSON = """
            {"attributes": {"given_name": "Erika", "family_name": "Mustermann", "birthdate": "1964-08-12",
             "birth_family_name": "Gabler", "place_of_birth": {"country": "DE", "locality": "Berlin"},
             "nationalities": ["DE"], "sex": 2,
             "address": {"street_address": "Heidestraße", "house_number": "17", "postal_code": "51147",
                         "locality": "Köln", "country": "DE"},
             "personal_administrative_number": "T22000129", "document_number": "T22000129"}}""";

    private final StackLayout layout;
    private final PrintStream out;

    public IssuanceDemo(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @return the credentials the wallet holds afterwards */
    public List<StoredCredential> run() {
        StackSecrets secrets = StackSecrets.load(layout).orElseThrow(() -> new StackException("run ./sigillum up first"));
        HttpClient https = HttpClient.newBuilder().sslContext(DevTrust.sslContext(layout.trustStore(), secrets.tlsPassword()))
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String operatorToken = new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC())
                .mint("demo-operator", List.of("issuer-admin"), Duration.ofMinutes(10));
        AdminClient admin = new AdminClient(https, operatorToken);
        // The operator goes through the gateway too: its admin routes check the token's role first.
        String issuance = "https://localhost:" + ServiceCatalog.service(ServiceCatalog.GATEWAY).orElseThrow().port()
                + "/admin/issuance";

        heading("1. The operator records a person in the issuer's authentic source and makes an offer");
        admin.put(URI.create(issuance + "/people/" + SUBJECT), PERSON, 200);
        JsonNode offer = admin.post(URI.create(issuance + "/offers"), "{\"subject\":\"" + SUBJECT
                + "\",\"credentialConfigurationIds\":[\"" + PID + "\"],\"byReference\":true,"
                + "\"txCode\":{\"length\":6,\"description\":\"The code in the letter we sent you\"}}", 201);
        Path qr = saveQrCode(offer.get("qrCodePng").asText());
        out.println("   person        Erika Mustermann (" + SUBJECT + ")");
        out.println("   offer         " + offer.get("offerUri").asText());
        out.println("   QR code       " + layout.root().relativize(qr) + " (scan it with a wallet)");
        out.println("   tx_code       " + offer.get("txCode").asText() + " (delivered out of band: shown once, to the operator)");
        out.println("   expires       " + offer.get("expiresAt").asText());

        heading("2. The wallet takes the offer (OpenID4VCI 1.0, pre-authorized code, DPoP, batch of 3)");
        Wallet wallet = Wallet.builder().httpClient(https).trustAnchors(authorities(admin)).batchSize(3)
                .listener(this::narrate).build();
        List<StoredCredential> received = wallet.receive(offer.get("offerUri").asText(), offer.get("txCode").asText());

        heading("3. What the wallet holds: " + received.size() + " unlinkable copies of one PID; the first:");
        new CredentialPrinter(out).print(received.get(0));
        out.println();
        out.println("   Each copy has its own key, status entry and salts. The issuer kept a record of each");
        out.println("   (GET " + issuance + "/credentials?subject=" + SUBJECT + "), never the claims.");
        return received;
    }

    private void narrate(WalletStep step) {
        String line = switch (step) {
            case WalletStep.OfferResolved s -> "offer resolved      " + s.credentialIssuer() + " offers "
                    + s.credentialConfigurationIds() + (s.byReference() ? ", fetched by reference" : "")
                    + (s.transactionCodeRequired() ? ", needs a tx_code" : "");
            case WalletStep.MetadataRead s -> "metadata read       token endpoint " + s.tokenEndpoint()
                    + s.batchSize().map(b -> ", batch size " + b).orElse("");
            case WalletStep.DpopNonceRetry s -> "DPoP nonce          the server asked for its nonce at " + s.endpoint();
            case WalletStep.TokenObtained s -> "token obtained      " + s.tokenType() + "-bound"
                    + s.expiresIn().map(d -> ", expires in " + d.toSeconds() + " s").orElse("");
            case WalletStep.NonceObtained s -> "c_nonce obtained    " + (s.retry() ? "(again) " : "") + "for " + s.credentialConfigurationId();
            case WalletStep.CredentialRequested s -> "credential request  " + s.proofs() + " key proofs, one key each";
            case WalletStep.IssuanceDeferred s -> "deferred            ask again in " + s.interval().toSeconds() + " s";
            case WalletStep.CredentialReceived s -> "credential received " + s.format() + ", " + s.vct() + ", "
                    + s.disclosures() + " disclosures";
            case WalletStep.CredentialVerified s -> "verified            signature, x5c chain to " + s.trustAnchor()
                    + ", holder key, disclosures";
            case WalletStep.NotificationSent s -> "notification sent   " + s.event();
            case WalletStep.AuthorizationRequestResolved s -> "request resolved    " + s.clientId()
                    + (s.signed() ? ", signed by " + s.verifierCertificate().orElse("?") : ", unsigned")
                    + s.trustAnchor().map(a -> ", chain to " + a).orElse("") + ", answer by " + s.responseMode();
            case WalletStep.PresentationRequested s -> "asked for           " + s.credentialQueries();
            case WalletStep.CredentialPresented s -> "presenting          " + s.vct() + " for " + s.credentialQueryId()
                    + ", disclosing " + s.disclosedClaims() + (s.keyBound() ? ", key-bound" : "");
            case WalletStep.Misbehaving s -> "misbehaving         " + s.misbehaviours();
            case WalletStep.ResponseSent s -> "response sent       " + s.error().map(e -> "error " + e).orElse("vp_token")
                    + (s.encrypted() ? " (encrypted)" : "") + s.redirectUri().map(r -> ", redirect to " + r).orElse("");
        };
        out.println("   " + line);
    }

    private List<X509Certificate> authorities(AdminClient admin) {
        URI kms = URI.create(ServiceCommandLine.url(ServiceCatalog.service("key-management").orElseThrow()) + "/ca-certificates");
        List<String> certificates = new ArrayList<>();
        admin.get(kms, 200).forEach(authority -> certificates.add(authority.get("certificate").asText()));
        return DerCertificates.fromX5c(certificates);
    }

    private Path saveQrCode(String base64Png) {
        Path file = layout.dev().resolve("demo").resolve("offer-qr.png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(base64Png));
        } catch (IOException e) {
            throw new StackException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }
}
