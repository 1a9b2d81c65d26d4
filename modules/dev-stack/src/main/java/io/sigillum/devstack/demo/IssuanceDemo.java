package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.store.StoredCredential;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Issues a PID to the test wallet through the running stack and narrates it: the operator
 * records a person and makes an offer with a Transaction Code; the wallet resolves the offer
 * through the gateway, reads the metadata, gets a DPoP-bound token, proves its keys and receives
 * a batch of SD-JWT VCs, which it verifies against the deployment's CA.
 */
final class IssuanceDemo {

    static final String SUBJECT = "demo-erika-mustermann";
    static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";
    private static final String PERSON = """
            {"attributes": {"given_name": "Erika", "family_name": "Mustermann", "birthdate": "1964-08-12",
             "birth_family_name": "Gabler", "place_of_birth": {"country": "DE", "locality": "Berlin"},
             "nationalities": ["DE"], "sex": 2,
             "address": {"street_address": "Heidestraße", "house_number": "17", "postal_code": "51147",
                         "locality": "Köln", "country": "DE"},
             "personal_administrative_number": "T22000129", "document_number": "T22000129"}}""";

    private final DemoSession session;
    private final PrintStream out;

    IssuanceDemo(DemoSession session, PrintStream out) {
        this.session = session;
        this.out = out;
    }

    /** @return the wallet, holding the credentials it received */
    Wallet run() {
        AdminClient admin = session.as("demo-operator", "issuer-admin");
        // The operator goes through the gateway too: its admin routes check the token's role first.
        String issuance = session.gateway("/admin/issuance");

        heading("1. The operator records a person in the issuer's authentic source and makes an offer");
        admin.put(URI.create(issuance + "/people/" + SUBJECT), PERSON, 200);
        JsonNode offer = admin.post(URI.create(issuance + "/offers"), "{\"subject\":\"" + SUBJECT
                + "\",\"credentialConfigurationIds\":[\"" + PID + "\"],\"byReference\":true,"
                + "\"txCode\":{\"length\":6,\"description\":\"The code in the letter we sent you\"}}", 201);
        Path qr = session.saveImage("offer-qr.png", Base64.getDecoder().decode(offer.get("qrCodePng").asText()));
        out.println("   person        Erika Mustermann (" + SUBJECT + ")");
        out.println("   offer         " + offer.get("offerUri").asText());
        out.println("   QR code       " + session.layout().root().relativize(qr) + " (scan it with a wallet)");
        out.println("   tx_code       " + offer.get("txCode").asText() + " (delivered out of band: shown once, to the operator)");
        out.println("   expires       " + offer.get("expiresAt").asText());

        heading("2. The wallet takes the offer (OpenID4VCI 1.0, pre-authorized code, DPoP, batch of 3)");
        List<X509Certificate> authorities = session.authorities();
        // The deployment's CA also certifies the verifier's request-signing key: the wallet checks both.
        Wallet wallet = Wallet.builder().httpClient(session.https()).trustAnchors(authorities)
                .verifierTrustAnchors(authorities).batchSize(3).listener(new WalletNarration(out)).build();
        List<StoredCredential> received = wallet.receive(offer.get("offerUri").asText(), offer.get("txCode").asText());

        heading("3. What the wallet holds: " + received.size() + " unlinkable copies of one PID; the first:");
        new CredentialPrinter(out).print(received.get(0));
        out.println();
        out.println("   Each copy has its own key, status entry and salts. The issuer kept a record of each");
        out.println("   (GET " + issuance + "/credentials?subject=" + SUBJECT + "), never the claims.");
        return wallet;
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }
}
