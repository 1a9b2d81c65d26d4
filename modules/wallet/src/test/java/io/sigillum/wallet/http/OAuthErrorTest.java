package io.sigillum.wallet.http;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OAuthErrorTest {

    /** RFC 9449 §9's challenge. */
    @Test
    void readsTheDpopNonceChallenge() {
        OAuthError error = OAuthError.fromChallenge(
                "DPoP error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce in DPoP proof\"").orElseThrow();
        assertEquals("use_dpop_nonce", error.error());
        assertEquals(Optional.of("Resource server requires nonce in DPoP proof"), error.description());
    }

    @Test
    void readsBearerChallengesAndIgnoresOtherSchemes() {
        assertEquals("invalid_token", OAuthError.fromChallenge("Bearer realm=\"x\", error=\"invalid_token\"").orElseThrow().error());
        assertEquals(Optional.empty(), OAuthError.fromChallenge("Basic realm=\"x\""));
        assertEquals(Optional.empty(), OAuthError.fromChallenge("DPoP algs=\"ES256\""));
    }
}
