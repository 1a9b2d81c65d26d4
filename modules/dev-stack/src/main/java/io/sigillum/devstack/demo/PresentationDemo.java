package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.WalletException;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The rest of the story: a relying party asks for age over 18 and nationality, the wallet
 * presents its PID through the gateway, and the relying party reads only those claims; then the
 * operator revokes the PID, the revocation travels to the status list, and the same presentation
 * fails with the reason "revoked".
 */
final class PresentationDemo {

    /** OpenID4VP 1.0 §6: one PID, two claims; the wallet discloses nothing else. */
    static final String QUERY = """
            {"dcql_query": {"credentials": [{"id": "pid", "format": "dc+sd-jwt",
              "meta": {"vct_values": ["urn:eudi:pid:1"]},
              "claims": [{"path": ["age_equal_or_over", "18"]}, {"path": ["nationalities"]}]}]}}""";

    private final DemoSession session;
    private final PrintStream out;

    PresentationDemo(DemoSession session, PrintStream out) {
        this.session = session;
        this.out = out;
    }

    void run(Wallet wallet) {
        AdminClient relyingParty = session.as("demo-relying-party", "verifier-rp");

        heading("4. A relying party asks for proof of age over 18 and nationality (OpenID4VP 1.0, DCQL)");
        JsonNode first = ask(relyingParty, true);

        heading("5. The wallet checks who asks and presents only what was asked");
        wallet.present(first.get("authorization_request").asText());

        heading("6. What the relying party learns");
        JsonNode outcome = outcome(relyingParty, first);
        printOutcome(outcome);
        if (!"verified".equals(outcome.path("state").asText())) {
            throw new StackException("the presentation was not verified: " + outcome);
        }

        heading("7. The operator revokes Erika's PID");
        AdminClient operator = session.as("demo-operator", "issuer-admin");
        operator.put(URI.create(session.gateway("/admin/issuance/people/" + IssuanceDemo.SUBJECT + "/credential-status")),
                "{\"status\":\"invalid\"}", 200);
        out.println("   issuer        revocation recorded with an outbox event for the status service");
        new RevocationWatch(session, out).awaitRevoked(wallet.store().all());

        heading("8. The same request again: the wallet presents, the verifier refuses");
        JsonNode second = ask(relyingParty, false);
        try {
            wallet.present(second.get("authorization_request").asText());
            throw new StackException("the verifier accepted a presentation of a revoked PID");
        } catch (WalletException refusedToWallet) {
            if (refusedToWallet.step() != WalletException.Step.RESPONSE) {
                throw refusedToWallet;
            }
            out.println("   wallet told   " + refusedToWallet.error().orElse("?") + ": "
                    + refusedToWallet.errorDescription().orElse(""));
        }
        JsonNode refused = outcome(relyingParty, second);
        printOutcome(refused);
        if (!"failed".equals(refused.path("state").asText()) || !refused.path("failures").toString().contains("revoked")) {
            throw new StackException("the revoked PID was not refused as revoked: " + refused);
        }
    }

    private JsonNode ask(AdminClient relyingParty, boolean show) {
        JsonNode created = relyingParty.post(URI.create(session.gateway("/verifier/transactions")), QUERY, 201);
        if (show) {
            Path qr = session.saveImage("presentation-qr.png", relyingParty.bytes(URI.create(session.gateway("/verifier/transactions/"
                    + created.get("transaction_id").asText() + "/qr")), "image/png"));
            out.println("   asks for      age_equal_or_over.18, nationalities of a PID (urn:eudi:pid:1)");
            out.println("   request       " + created.get("authorization_request").asText());
            out.println("   QR code       " + session.layout().root().relativize(qr) + " (scan it with a wallet)");
            out.println("   expires       " + created.get("expires_at").asText());
        }
        return created;
    }

    private JsonNode outcome(AdminClient relyingParty, JsonNode created) {
        // Long polling: the answer comes as soon as the wallet's response is verified.
        return relyingParty.get(URI.create(session.gateway("/verifier/transactions/"
                + created.get("transaction_id").asText() + "?wait=20")), 200);
    }

    private void printOutcome(JsonNode outcome) {
        out.println("   state         " + outcome.path("state").asText());
        for (Iterator<Map.Entry<String, JsonNode>> queries = outcome.path("credentials").fields(); queries.hasNext(); ) {
            Map.Entry<String, JsonNode> query = queries.next();
            for (JsonNode credential : query.getValue()) {
                out.println("   credential    " + query.getKey() + ": " + credential.path("vct").asText() + " from "
                        + credential.path("issuer").asText());
                out.println("   claims        " + credential.path("claims"));
            }
        }
        for (JsonNode failure : outcome.path("failures")) {
            out.println("   failure       " + failure.path("reason").asText() + ": " + failure.path("detail").asText());
        }
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }
}
