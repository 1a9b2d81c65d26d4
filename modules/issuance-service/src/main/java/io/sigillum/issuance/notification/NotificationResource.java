package io.sigillum.issuance.notification;

import io.sigillum.api.issuerwallet.NotificationApi;
import io.sigillum.issuance.dpop.DpopGuard;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.token.AccessTokenRecord;
import io.sigillum.issuance.token.TokenAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.Set;

/**
 * {@code POST /notification} (OID4VCI 1.0 §11): {@code credential_accepted},
 * {@code credential_failure} or {@code credential_deleted} for a {@code notification_id} this
 * token's offer was given; recorded, answered 204.
 */
@RequestScoped
public class NotificationResource implements NotificationApi {

    private static final Set<String> EVENTS = Set.of("credential_accepted", "credential_failure", "credential_deleted");
    private static final int MAX_DESCRIPTION = 1024;

    @Inject
    private TokenAccess access;
    @Inject
    private Notifications notifications;
    @Inject
    private DpopGuard dpop;
    @Context
    private HttpHeaders headers;

    @Override
    public Response notification(Map<String, Object> requestBody, String dpopProof) {
        AccessTokenRecord token = access.admit(headers, "/notification");
        try {
            if (requestBody == null || !(requestBody.get("notification_id") instanceof String notificationId)
                    || !(requestBody.get("event") instanceof String event) || !EVENTS.contains(event)) {
                throw OAuthError.badRequest("invalid_notification_request",
                        "notification_id and event (credential_accepted, credential_failure, credential_deleted) are required");
            }
            Object description = requestBody.get("event_description");
            if (description != null && (!(description instanceof String text) || text.length() > MAX_DESCRIPTION)) {
                throw OAuthError.badRequest("invalid_notification_request",
                        "event_description is a string of at most " + MAX_DESCRIPTION + " characters");
            }
            if (!notifications.record(token.offerId(), notificationId, event, (String) description)) {
                throw OAuthError.badRequest("invalid_notification_id", "no credentials of this token carry that id");
            }
            return Response.noContent().cacheControl(OAuthError.noStore()).header("DPoP-Nonce", dpop.nonce()).build();
        } catch (OAuthError refused) {
            throw refused.withHeader("DPoP-Nonce", dpop.nonce());
        }
    }
}
