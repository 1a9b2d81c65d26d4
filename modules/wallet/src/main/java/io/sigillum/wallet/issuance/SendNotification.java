package io.sigillum.wallet.issuance;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The Notification Request (OID4VCI 1.0 §11.1) with the DPoP-bound access token; a 2xx answer is success (§11.2). */
public final class SendNotification {

    private SendNotification() {
    }

    /**
     * @param endpoint       the {@code notification_endpoint}
     * @param notificationId the {@code notification_id} of the response
     * @param event          {@code credential_accepted}, {@code credential_failure} or {@code credential_deleted}
     * @param description    {@code event_description}, if any (printable ASCII without {@code "} and {@code \})
     * @param token          the access token
     * @param session        the DPoP session
     * @throws WalletException at {@link Step#NOTIFICATION} when the issuer does not answer 2xx
     */
    public static void send(URI endpoint, String notificationId, String event, Optional<String> description,
                            AccessToken token, DpopSession session) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("notification_id", notificationId);
        body.put("event", event);
        description.map(SendNotification::ascii).ifPresent(text -> body.put("event_description", text));
        HttpReply reply = session.post(endpoint, Http.JSON, Json.write(body), Optional.of(token.value()), Step.NOTIFICATION);
        if (!reply.successful()) {
            throw reply.refusal(Step.NOTIFICATION, "the notification " + event);
        }
    }

    /** §11.1: {@code %x20-21 / %x23-5B / %x5D-7E}; anything else becomes a space. */
    private static String ascii(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().forEach(c -> clean.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? (char) c : ' '));
        return clean.length() > 300 ? clean.substring(0, 300) : clean.toString();
    }
}
