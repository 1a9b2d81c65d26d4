package io.sigillum.trustregistry.testing;

import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry's HTTP API as the tests call it, with a {@code trust-admin} token unless told otherwise. */
public final class RegistryCalls {

    private final WebTarget target;
    private final String token;

    public RegistryCalls(WebTarget target) {
        this(target, TestStack.tokenFor("alice-admin", "trust-admin"));
    }

    public RegistryCalls(WebTarget target, String token) {
        this.target = target;
        this.token = token;
    }

    /** The same calls with another token (null for none). */
    public RegistryCalls as(String otherToken) {
        return new RegistryCalls(target, otherToken);
    }

    /** The registry's version, read from its table. */
    public static long version() {
        return Long.parseLong(TestDatabase.column("SELECT version FROM trust_registry.registry_version WHERE id = 1").get(0));
    }

    /** A new issuer identifier no other test uses. */
    public static String newIssuerId(String what) {
        return "https://" + what + "-" + UUID.randomUUID() + ".example";
    }

    /** The issuer identifier as a query value: the client encodes it (test identifiers hold no '&', '?' or '{'). */
    public static String query(String issuerId) {
        return issuerId;
    }

    public Response get(String path) {
        return request(path).get();
    }

    public Response post(String path, JsonObject body) {
        return request(path).post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    public Response post(String path, String body) {
        return request(path).post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    public Response put(String path, JsonObject body) {
        return request(path).put(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    public Invocation.Builder request(String path) {
        String[] parts = path.split("\\?", 2);
        WebTarget at = target.path(parts[0]);
        if (parts.length == 2) {
            for (String parameter : parts[1].split("&")) {
                String[] pair = parameter.split("=", 2);
                at = at.queryParam(pair[0], pair[1]);
            }
        }
        Invocation.Builder request = at.request(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request;
    }

    /** Posts a trusted list's XML to {@code /trusted-lists} with the reason (null: none). */
    public Response importList(byte[] xml, String reason) {
        WebTarget at = target.path("/trusted-lists");
        if (reason != null) {
            at = at.queryParam("reason", reason);
        }
        Invocation.Builder request = at.request(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.post(Entity.entity(xml, MediaType.APPLICATION_XML_TYPE));
    }

    /** Imports a trusted list, expecting 200; returns the answer. */
    public JsonObject imported(byte[] xml) {
        try (Response response = importList(xml, "the list as published")) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    /** Registers an issuer (country DE), expecting 201; returns its detail. */
    public JsonObject register(String issuerId) {
        return created(post("/issuers", Json.createObjectBuilder().add("id", issuerId)
                .add("legalName", "Legal name of " + issuerId).add("country", "DE")
                .add("reason", "onboarding " + issuerId).build()));
    }

    /** Adds an x509 anchor, expecting 201. */
    public JsonObject addCertificate(String issuerId, String anchorId, String kind, String certificate) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("issuer", issuerId).add("type", "x509").add("kind", kind)
                .add("certificate", certificate).add("reason", "its " + kind);
        if (anchorId != null) {
            body.add("id", anchorId);
        }
        return created(post("/anchors", body.build()));
    }

    /** Grants a vct, expecting 201. */
    public JsonObject grantVct(String issuerId, String vct) {
        return created(post("/authorizations", Json.createObjectBuilder().add("issuer", issuerId).add("vct", vct)
                .add("reason", "it issues " + vct).build()));
    }

    /** Changes the issuer's state, expecting 200. */
    public JsonObject state(String issuerId, String state) {
        try (Response response = put("/issuer/state?id=" + query(issuerId),
                Json.createObjectBuilder().add("state", state).add("reason", "now " + state).build())) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    private static JsonObject created(Response response) {
        try (response) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }
}
