package io.sigillum.issuance.credential;

import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.metadata.CredentialIssuerIdentifier;
import io.sigillum.issuance.status.StatusEntry;
import io.sigillum.sdjwt.vc.CredentialContent;
import io.sigillum.sdjwt.vc.SdJwtVcIssuer;
import io.sigillum.statuslist.reference.StatusReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the credentials of one request, one per holder key. Batch members share nothing a
 * verifier could link them by: each has its own status entry (the status service picks random
 * indices), its own disclosure salts and decoys, and an {@code iat}/{@code nbf} jittered back
 * by up to {@code sigillum.issuance.time-jitter} so that they do not line up.
 */
@ApplicationScoped
public class CredentialMinting {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialSigner signer;
    private final CredentialIssuerIdentifier issuer;
    private final Duration jitter;

    @Inject
    CredentialMinting(CredentialSigner signer, CredentialIssuerIdentifier issuer,
                      @ConfigProperty(name = "sigillum.issuance.time-jitter", defaultValue = "PT1H") Duration jitter) {
        this.signer = signer;
        this.issuer = issuer;
        this.jitter = jitter;
    }

    /** One credential made: what the wallet gets and what the issuer records. */
    record Minted(String credential, String holderJkt, StatusEntry entry, Instant issuedAt, Instant expiresAt) {
    }

    /**
     * Signs one credential per holder key, each with its status entry.
     *
     * @param entries one allocated status entry per holder key
     * @throws io.sigillum.crypto.sign.SigningException when the KMS cannot sign
     */
    List<Minted> mint(CredentialConfiguration configuration, Map<String, Object> attributes, List<PublicKey> holderKeys,
                      List<StatusEntry> entries) {
        Signer key = signer.current();
        SdJwtVcIssuer sdJwtVc = SdJwtVcIssuer.builder(key, issuer.uri().toString()).decoysPerLevel(2).build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Minted> minted = new ArrayList<>();
        for (int i = 0; i < holderKeys.size(); i++) {
            Instant issuedAt = now.minusSeconds(jitter.isZero() ? 0 : RANDOM.nextLong(jitter.toSeconds() + 1));
            Instant expiresAt = issuedAt.plus(configuration.validity());
            CredentialClaims claims = CredentialClaims.of(configuration, attributes, issuedAt, expiresAt);
            StatusEntry entry = entries.get(i);
            CredentialContent content = CredentialContent.builder(configuration.vct(), issuedAt)
                    .notBefore(issuedAt).expiresAt(expiresAt).holderKey(holderKeys.get(i))
                    .status(new StatusReference(entry.uri(), entry.idx()))
                    .claims(claims.claims()).disclosable(claims.disclosable()).build();
            minted.add(new Minted(sdJwtVc.issue(content).serialize(), Thumbprints.sha256(holderKeys.get(i)), entry,
                    issuedAt, expiresAt));
        }
        return minted;
    }
}
