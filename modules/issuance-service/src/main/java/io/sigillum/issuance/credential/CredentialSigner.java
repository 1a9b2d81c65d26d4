package io.sigillum.issuance.credential;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.PrehashingSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.issuance.outbound.OutboundHttp;
import io.sigillum.kmsclient.KmsClient;
import io.sigillum.kmsclient.RemoteSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The key credentials are signed with. {@code kms} (the default): the active
 * {@code credential-signing} key of the key-management service for
 * {@code sigillum.issuance.signing-scope}, its certificate chain in {@code x5c}; an ECDSA key
 * is sent the SHA digest of each signing input (32 to 64 bytes, not the 3 kB or more of an
 * SD-JWT VC's header and payload), which gives the same signature. {@code local}:
 * a PKCS#8 PEM key file, for tests of this service alone; the {@code prod} profile refuses it.
 */
@ApplicationScoped
public class CredentialSigner {

    static final String PURPOSE = "credential-signing";
    private static final Logger LOG = Logger.getLogger(CredentialSigner.class.getName());

    private final Supplier<Signer> signers;

    @Inject
    CredentialSigner(Config config, OutboundHttp http) {
        String kind = config.getOptionalValue("sigillum.issuance.signer", String.class).orElse("kms");
        this.signers = switch (kind) {
            case "kms" -> kms(config, http);
            case "local" -> local(config);
            default -> throw new IllegalStateException("sigillum.issuance.signer is kms or local, not " + kind);
        };
    }

    /** The signer of the active key, for one credential or one batch. */
    public Signer current() {
        return signers.get();
    }

    private static Supplier<Signer> kms(Config config, OutboundHttp http) {
        URI url = config.getValue("sigillum.kms.url", URI.class);
        String scope = config.getOptionalValue("sigillum.issuance.signing-scope", String.class).orElse("default");
        String tokenFile = config.getValue("sigillum.issuance.service-token-file", String.class);
        KmsClient client = KmsClient.builder(url).tokens(() -> OutboundHttp.readToken(tokenFile))
                .httpClient(http.client()).build();
        return () -> {
            RemoteSigner remote = client.signer(PURPOSE, scope);
            return remote.algorithm() == SignatureAlgorithm.EDDSA ? remote : PrehashingSigner.of(remote);
        };
    }

    private static Supplier<Signer> local(Config config) {
        if (config.getOptionalValue("mp.config.profile", String.class).filter("prod"::equals).isPresent()) {
            throw new IllegalStateException("sigillum.issuance.signer=local is for tests; production signs through"
                    + " the key-management service (sigillum.issuance.signer=kms)");
        }
        Path file = Path.of(config.getValue("sigillum.issuance.signer.key-file", String.class));
        try {
            Signer signer = LocalKeySigner.of("issuance-local", Pem.decodePrivateKey(Files.readString(file)));
            LOG.warning("credentials are signed with a local key and no certificate (sigillum.issuance.signer=local)");
            return () -> signer;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the credential signing key " + file.getFileName(), e);
        }
    }
}
