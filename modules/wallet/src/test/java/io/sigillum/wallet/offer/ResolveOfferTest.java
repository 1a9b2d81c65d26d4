package io.sigillum.wallet.offer;

import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.testing.FakeIssuer;
import io.sigillum.wallet.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolveOfferTest {

    private final ResolveOffer resolver = new ResolveOffer(new Http(HttpClient.newHttpClient()));

    /** The by-value example of OID4VCI 1.0 §4.1.2, as a wallet link. */
    @Test
    void readsAnOfferByValueWithAnEmptyTxCodeAsRequiringOne() {
        String link = "openid-credential-offer://?"
                + "credential_offer=%7B%22credential_issuer%22:%22https://credential-issuer.example.com%22,"
                + "%22credential_configuration_ids%22:%5B%22UniversityDegree_JWT%22,%22org.iso.18013.5.1.mDL%22%5D,"
                + "%22grants%22:%7B%22urn:ietf:params:oauth:grant-type:pre-authorized_code%22:%7B"
                + "%22pre-authorized_code%22:%22oaKazRN8I0IbtZ0C7JuMn5%22,%22tx_code%22:%7B%7D%7D%7D%7D";
        CredentialOffer offer = resolver.resolve(link);
        assertEquals("https://credential-issuer.example.com", offer.credentialIssuer());
        assertEquals(List.of("UniversityDegree_JWT", "org.iso.18013.5.1.mDL"), offer.credentialConfigurationIds());
        assertEquals("oaKazRN8I0IbtZ0C7JuMn5", offer.preAuthorizedCode());
        assertTrue(offer.transactionCodeRequired());
        assertEquals("numeric", offer.transactionCode().orElseThrow().inputMode());
        assertEquals(Optional.empty(), offer.reference());
    }

    @Test
    void readsTxCodeDetailsAndItsAbsence() {
        CredentialOffer text = resolver.resolve(link("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\"],"
                + "\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\","
                + "\"tx_code\":{\"input_mode\":\"text\",\"length\":8,\"description\":\"the serial number\"}}}}"));
        CredentialOffer.TransactionCode code = text.transactionCode().orElseThrow();
        assertEquals("text", code.inputMode());
        assertEquals(Optional.of(8), code.length());
        assertEquals(Optional.of("the serial number"), code.description());

        CredentialOffer none = resolver.resolve(link("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\"],"
                + "\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\"}}}"));
        assertFalse(none.transactionCodeRequired());
    }

    @Test
    void acceptsTheQueryOnAnHttpsLink() {
        CredentialOffer offer = resolver.resolve("https://wallet.example/offer?foo=1&" + link(
                "{\"credential_issuer\":\"https://i.example/t1\",\"credential_configuration_ids\":[\"a\"],"
                        + "\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\"}}}")
                .substring("openid-credential-offer://?".length()));
        assertEquals("https://i.example/t1", offer.credentialIssuer());
    }

    @Test
    void fetchesAnOfferByReference() {
        TestPki pki = new TestPki("Offer Test Root");
        try (FakeIssuer issuer = new FakeIssuer(pki)) {
            issuer.txCodeRequired = true;
            CredentialOffer offer = new ResolveOffer(new Http(pki.client())).resolve(issuer.offerByReference());
            assertEquals(issuer.issuer(), offer.credentialIssuer());
            assertEquals(List.of(FakeIssuer.CONFIGURATION), offer.credentialConfigurationIds());
            assertTrue(offer.transactionCodeRequired());
            assertEquals(Optional.of(6), offer.transactionCode().orElseThrow().length());
            assertTrue(offer.reference().orElseThrow().toString().endsWith("/offers/1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no query                   | openid-credential-offer://                                             | neither credential_offer nor credential_offer_uri
            neither parameter          | openid-credential-offer://?foo=bar                                     | neither credential_offer nor credential_offer_uri
            both parameters            | openid-credential-offer://?credential_offer=%7B%7D&credential_offer_uri=https%3A%2F%2Fa | not both
            repeated parameter         | openid-credential-offer://?credential_offer=%7B%7D&credential_offer=%7B%7D | repeats the parameter credential_offer
            not JSON                   | openid-credential-offer://?credential_offer=not-json                   | credential_offer is not valid JSON
            JSON array                 | openid-credential-offer://?credential_offer=%5B%5D                      | credential_offer is not a JSON object
            http offer uri             | openid-credential-offer://?credential_offer_uri=http%3A%2F%2Fa.example%2Fo | must be an https URL
            not a URL                  | credential_offer=%7B%7D                                                 | is a URL such as
            """)
    void refusesMalformedLinks(String name, String link, String message) {
        WalletException e = assertThrows(WalletException.class, () -> resolver.resolve(link));
        assertEquals(WalletException.Step.OFFER, e.step());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no issuer            | {"credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c"}}} | has no credential_issuer
            http issuer          | {"credential_issuer":"http://i.example","credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c"}}} | must be an https URL
            issuer with query    | {"credential_issuer":"https://i.example?x=1","credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c"}}} | no query or fragment
            empty ids            | {"credential_issuer":"https://i.example","credential_configuration_ids":[],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c"}}} | non-empty array
            repeated id          | {"credential_issuer":"https://i.example","credential_configuration_ids":["a","a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c"}}} | repeats a
            authorization code   | {"credential_issuer":"https://i.example","credential_configuration_ids":["a"],"grants":{"authorization_code":{"issuer_state":"s"}}} | only the Pre-Authorized Code Flow
            no grants            | {"credential_issuer":"https://i.example","credential_configuration_ids":["a"]} | only the Pre-Authorized Code Flow
            no code              | {"credential_issuer":"https://i.example","credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{}}} | has no pre-authorized_code
            tx_code not object   | {"credential_issuer":"https://i.example","credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c","tx_code":true}}} | tx_code in the Credential Offer is a JSON object
            unknown input mode   | {"credential_issuer":"https://i.example","credential_configuration_ids":["a"],"grants":{"urn:ietf:params:oauth:grant-type:pre-authorized_code":{"pre-authorized_code":"c","tx_code":{"input_mode":"emoji"}}}} | numeric or text
            duplicate member     | {"credential_issuer":"https://i.example","credential_issuer":"https://j.example","credential_configuration_ids":["a"]} | not valid JSON
            """)
    void refusesMalformedOffers(String name, String json, String message) {
        WalletException e = assertThrows(WalletException.class, () -> resolver.resolve(link(json)));
        assertEquals(WalletException.Step.OFFER, e.step());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void reportsTheStatusWhenTheOfferCannotBeFetched() {
        TestPki pki = new TestPki("Offer Test Root");
        try (FakeIssuer issuer = new FakeIssuer(pki)) {
            String missing = "openid-credential-offer://?credential_offer_uri="
                    + URLEncoder.encode(URI.create(issuer.issuer()).resolve("/offers/none").toString(), StandardCharsets.UTF_8);
            WalletException e = assertThrows(WalletException.class, () -> new ResolveOffer(new Http(pki.client())).resolve(missing));
            assertEquals(404, e.httpStatus().orElseThrow());
        }
    }

    private static String link(String json) {
        return "openid-credential-offer://?credential_offer=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }
}
