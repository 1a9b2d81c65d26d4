package io.sigillum.wallet.vp.response;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.presentation.PresentationOptions;
import io.sigillum.wallet.store.StoredCredential;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One SD-JWT VC presentation (OID4VP 1.0 Appendix B.3.6, RFC 9901 §4.3): the issued SD-JWT with
 * only the Disclosures of the chosen claims, and, for a key-bound credential, a Key Binding JWT
 * signed with its holder key whose {@code aud} is the {@code client_id}, {@code nonce} the request's,
 * {@code iat} now and {@code sd_hash} over the presented SD-JWT. Options break it on purpose.
 */
final class BuildPresentation {

    private BuildPresentation() {
    }

    /**
     * @param credential the held credential
     * @param claims     the claims to disclose
     * @param audience   the {@code client_id}
     * @param nonce      the request's {@code nonce}
     * @param now        the time of {@code iat}
     * @param options    misbehaviours, if any
     * @return the presentation, compact
     */
    static Presented build(StoredCredential credential, Collection<ClaimPath> claims, String audience, String nonce, Instant now,
                           PresentationOptions options) {
        try {
            SdJwt selected = SdJwtPresenter.select(SdJwt.parse(credential.compact()), claims);
            selected = misbehave(selected, options);
            if (credential.holderKey().isEmpty() || options.withoutKeyBinding()) {
                return new Presented(selected.serialize(), selected.disclosures().size(), false);
            }
            KeyPair key = options.keyBindingWithOtherKey() ? EcKeyPairs.p256() : credential.holderKey().get();
            String aud = options.wrongAudience() ? "x509_hash:" + UUID.randomUUID() : audience;
            String kbNonce = options.wrongNonce() ? "not-" + nonce : nonce;
            Instant iat = now.minus(options.keyBindingAge());
            SdJwt bound = KeyBindingJwt.attach(selected, LocalKeySigner.of("holder", key.getPrivate()), aud, kbNonce, iat);
            return new Presented(bound.serialize(), selected.disclosures().size(), true);
        } catch (SdJwtException | IllegalArgumentException e) {
            throw new WalletException(Step.PRESENTATION, "the credential " + credential + " cannot be presented: " + e.getMessage(), e);
        }
    }

    /**
     * The presentation and what it carries.
     *
     * @param compact     the SD-JWT(+KB)
     * @param disclosures how many Disclosures it carries
     * @param keyBound    whether a Key Binding JWT is attached
     */
    record Presented(String compact, int disclosures, boolean keyBound) {
    }

    private static SdJwt misbehave(SdJwt selected, PresentationOptions options) {
        List<Disclosure> disclosures = new ArrayList<>(selected.disclosures());
        if (options.tamperedDisclosure() && !disclosures.isEmpty()) {
            // Same salt and name, another value: the digest changes, so no _sd references it.
            Disclosure original = disclosures.getFirst();
            Disclosure tampered = original.isArrayElement()
                    ? Disclosure.arrayElement(original.salt(), "tampered")
                    : Disclosure.objectProperty(original.salt(), original.name().orElseThrow(), "tampered");
            disclosures.set(0, tampered);
        }
        if (options.extraDisclosure()) {
            disclosures.add(Disclosure.objectProperty("extra_claim", "not issued"));
        }
        return SdJwt.of(selected.issuerSignedJwt(), disclosures);
    }
}
