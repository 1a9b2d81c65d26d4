package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.crypto.x509.PathValidation;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.sigillum.keymanagement.KmsCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Managed keys get certificates from the deployment's CAs; their chains validate with a standard PKIX validator. */
@ExtendWith(TestStack.class)
@HelidonTest
class KeyCertificatesTest {

    private static final String MDL_DOCUMENT_SIGNER_EKU = "1.0.18013.5.1.2";
    private static final String TEST_STATUS_LIST_EKU = "1.3.6.1.4.1.58917.1.1";

    @Inject
    private WebTarget target;
    private KmsCalls kms;
    private Map<String, X509Certificate> cas;

    @BeforeEach
    void readTheAuthorities() {
        kms = new KmsCalls(target);
        try (Response response = target.path("/ca-certificates").request().get()) {
            assertEquals(200, response.getStatus(), "public, no token");
            cas = response.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(ca -> ca.getString("name"), ca -> certificate(ca.getString("certificate"))));
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new AssertionError("not a certificate", e);
        }
    }

    private static List<X509Certificate> chain(JsonObject key) {
        List<X509Certificate> chain = new ArrayList<>();
        for (JsonString each : key.getJsonArray("x5c").getValuesAs(JsonString.class)) {
            chain.add(certificate(each.getString()));
        }
        return chain;
    }

    private static void assertValid(List<X509Certificate> chain, X509Certificate anchor, String eku) {
        PathValidation validation = new CertificatePathValidator(List.of(anchor))
                .validate(chain, Instant.now(), Optional.ofNullable(eku));
        assertInstanceOf(PathValidation.Valid.class, validation, validation.toString());
    }

    private JsonObject create(String purpose, String profile) {
        var body = Json.createObjectBuilder().add("purpose", purpose).add("scope", KmsCalls.newScope());
        if (profile != null) {
            body.add("certificateProfile", profile);
        }
        return kms.createKey(body);
    }

    @Test
    void theAuthoritiesAreARootItsIssuingCaAndAnIaca() {
        assertEquals(cas.get("root").getSubjectX500Principal(), cas.get("issuing").getIssuerX500Principal());
        assertEquals(cas.get("iaca").getSubjectX500Principal(), cas.get("iaca").getIssuerX500Principal());
        assertTrue(cas.get("iaca").getSubjectX500Principal().getName().contains("C=UT"));
    }

    @Test
    void credentialSigningKeysGetAnIssuerLeafUnderTheIssuingCa() throws Exception {
        JsonObject key = create("credential-signing", null);

        assertEquals("sd-jwt-vc-issuer", key.getString("certificateProfile"));
        List<X509Certificate> chain = chain(key);
        assertEquals(2, chain.size(), "leaf and issuing CA; the root is the verifier's anchor");
        assertEquals(cas.get("issuing"), chain.get(1));
        assertValid(chain, cas.get("root"), null);
        assertEquals(key.getJsonObject("jwk").getString("kid"), key.getString("kid"));
        assertEquals(chain.get(0).getPublicKey(), PublicKeys.publicKey(key.getJsonObject("jwk")));
        assertTrue(chain.get(0).getSubjectAlternativeNames().stream()
                .anyMatch(name -> name.get(1).equals("https://issuer.sigillum.test")), "SAN URI = the issuer");

        JsonObject published = PublicKeys.find(kms.jwks("credential-signing", key.getString("scope")), key.getString("kid")).orElseThrow();
        assertEquals(key.getJsonArray("x5c"), published.getJsonArray("x5c"), "the JWK Set carries the chain");
        try (Response signingKey = kms.get("/signing-keys/credential-signing?scope=" + key.getString("scope"),
                TestStack.tokenFor(KmsCalls.ISSUANCE_SIGNER, "kms-signer"))) {
            assertEquals(key.getJsonArray("x5c"), signingKey.readEntity(JsonObject.class).getJsonArray("x5c"));
        }
    }

    @Test
    void mdocDocumentSignersAreIssuedByTheIacaWithTheMdlEku() throws Exception {
        JsonObject key = create("credential-signing", "mdoc-document-signer");

        List<X509Certificate> chain = chain(key);
        assertEquals(1, chain.size(), "an mdoc x5chain holds the document signer; the IACA is the anchor");
        assertValid(chain, cas.get("iaca"), MDL_DOCUMENT_SIGNER_EKU);
        assertTrue(chain.get(0).getExtendedKeyUsage().contains(MDL_DOCUMENT_SIGNER_EKU));
        PathValidation underTheOtherRoot = new CertificatePathValidator(List.of(cas.get("root")))
                .validate(chain, Instant.now(), Optional.empty());
        assertFalse(underTheOtherRoot instanceof PathValidation.Valid, "not trusted under the JWS root");

        JsonObject rotation = kms.rotate("credential-signing", key.getString("scope"));
        assertEquals("mdoc-document-signer", rotation.getJsonObject("activated").getString("certificateProfile"),
                "rotation keeps the profile");
    }

    @Test
    void verifierAndStatusListKeysGetTheirOwnLeaves() throws Exception {
        List<X509Certificate> verifier = chain(create("request-object-signing", null));
        assertValid(verifier, cas.get("root"), null);
        assertTrue(verifier.get(0).getSubjectAlternativeNames().stream()
                .anyMatch(name -> (Integer) name.get(0) == 2 && name.get(1).equals("verifier.sigillum.test")),
                "dNSName for the x509_san_dns client identifier");

        List<X509Certificate> statusList = chain(create("status-list-signing", null));
        assertValid(statusList, cas.get("root"), TEST_STATUS_LIST_EKU);
    }

    @Test
    void keysWithoutACertificateHaveNoChain() {
        JsonObject key = create("access-token-signing", null);
        assertEquals("none", key.getString("certificateProfile"));
        assertFalse(key.containsKey("x5c"));
        assertFalse(key.getJsonObject("jwk").containsKey("x5c"));
    }

    @Test
    void aProfileThatDoesNotFitThePurposeIsRefused() {
        for (String body : List.of(
                "{\"purpose\":\"status-list-signing\",\"certificateProfile\":\"mdoc-document-signer\"}",
                "{\"purpose\":\"access-token-signing\",\"certificateProfile\":\"verifier\"}",
                "{\"purpose\":\"credential-signing\",\"certificateProfile\":\"world-peace\"}")) {
            try (Response refused = kms.post("/keys", TestStack.token("kms-admin"), body)) {
                problem(refused, 400);
            }
        }
    }
}
