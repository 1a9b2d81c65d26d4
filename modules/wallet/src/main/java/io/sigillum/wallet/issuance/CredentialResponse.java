package io.sigillum.wallet.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Credential Response (OID4VCI 1.0 §8.3) or Deferred Credential Response (§9.2): issued, or not yet. */
public sealed interface CredentialResponse {

    /**
     * Credentials were issued (status 200).
     *
     * @param credentials    the {@code credential} of each entry of {@code credentials}
     * @param notificationId {@code notification_id}, if given
     */
    record Issued(List<String> credentials, Optional<String> notificationId) implements CredentialResponse {
        /** Copies the list. */
        public Issued {
            credentials = List.copyOf(credentials);
        }
    }

    /**
     * Issuance is deferred (status 202 with {@code transaction_id} and {@code interval}; or, from
     * earlier drafts, 400 {@code issuance_pending} at the Deferred Credential Endpoint).
     *
     * @param transactionId {@code transaction_id}
     * @param interval      how long to wait before asking again
     */
    record Deferred(String transactionId, Duration interval) implements CredentialResponse {
    }

    /**
     * @param reply the answer
     * @param step  {@link Step#CREDENTIAL} or {@link Step#DEFERRED}
     * @return what it says
     * @throws WalletException with the issuer's error for any other status, or when malformed
     */
    static CredentialResponse read(HttpReply reply, Step step) {
        String where = "the credential response of " + reply.uri();
        if (reply.status() == 200) {
            JsonNode json = reply.jsonObject(step);
            return new Issued(credentials(json.get("credentials"), step, where),
                    Json.optionalText(json, "notification_id", step, where));
        }
        if (reply.status() == 202) {
            JsonNode json = reply.jsonObject(step);
            return new Deferred(Json.requiredText(json, "transaction_id", step, where), interval(json, step, where, true));
        }
        throw reply.refusal(step, step == Step.DEFERRED ? "the deferred credential request" : "the credential request");
    }

    /** @return the {@code interval} in seconds (§8.3: a positive number); one second when optional and absent */
    static Duration interval(JsonNode json, Step step, String where, boolean required) {
        JsonNode interval = json.get("interval");
        if (interval == null || interval.isNull()) {
            if (required) {
                throw new WalletException(step, where + " has a transaction_id but no interval (§8.3)");
            }
            return Duration.ofSeconds(1);
        }
        if (!interval.isNumber() || interval.asDouble() <= 0) {
            throw new WalletException(step, "interval in " + where + " is a positive number (§8.3)");
        }
        return Duration.ofMillis(Math.round(interval.asDouble() * 1000));
    }

    private static List<String> credentials(JsonNode credentials, Step step, String where) {
        if (credentials == null || !credentials.isArray() || credentials.isEmpty()) {
            throw new WalletException(step, where + " has no non-empty credentials array (§8.3)");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode entry : credentials) {
            if (!entry.isObject()) {
                throw new WalletException(step, "the elements of credentials in " + where + " are objects (§8.3)");
            }
            JsonNode credential = entry.get("credential");
            if (credential == null || !credential.isTextual() || credential.asText().isEmpty()) {
                throw new WalletException(step, "an element of credentials in " + where
                        + " has no credential string; a dc+sd-jwt credential is a string (Appendix A.3.4)");
            }
            list.add(credential.asText());
        }
        return list;
    }
}
