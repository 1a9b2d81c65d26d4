package io.sigillum.status.publication;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.PrehashingSigner;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.kmsclient.KmsClient;
import io.sigillum.platform.outbound.OutboundHttpClients;
import io.sigillum.platform.outbound.TokenFile;
import io.sigillum.statuslist.token.StatusListCwt;
import io.sigillum.statuslist.token.StatusListJwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The signer of list tokens. {@code kms} (the default): the active {@code status-list-signing} key
 * of the key-management service, its certificate chain in {@code x5c}, only digests sent over the
 * wire however large the list. {@code local}: a PKCS#8 PEM key file
 * ({@code sigillum.status.signer.key-file}), for tests and a status service run alone, without a
 * certificate; the {@code prod} profile refuses it.
 */
@ApplicationScoped
class SignerProducer {

    static final String PURPOSE = "status-list-signing";
    private static final Logger LOG = Logger.getLogger(SignerProducer.class.getName());

    @Produces
    @ApplicationScoped
    ListSigner signer() {
        Config config = ConfigProvider.getConfig();
        String kind = config.getOptionalValue("sigillum.status.signer", String.class).orElse("kms");
        return switch (kind) {
            case "kms" -> kms(config);
            case "local" -> local(config);
            default -> throw new IllegalStateException("sigillum.status.signer is kms or local, not " + kind);
        };
    }

    private static ListSigner kms(Config config) {
        URI url = config.getValue("sigillum.kms.url", URI.class);
        String scope = config.getOptionalValue("sigillum.status.signing-scope", String.class).orElse("default");
        Supplier<String> tokens = new TokenFile(config.getValue("sigillum.kms.token-file", String.class));
        KmsClient client = KmsClient.builder(url).tokens(tokens).httpClient(OutboundHttpClients.client(config)).build();
        return token -> both(PrehashingSigner.of(client.signer(PURPOSE, scope)), token, true);
    }

    private static ListSigner local(Config config) {
        if (config.getOptionalValue("mp.config.profile", String.class).filter("prod"::equals).isPresent()) {
            throw new IllegalStateException("sigillum.status.signer=local is for tests; production signs through"
                    + " the key-management service (sigillum.status.signer=kms)");
        }
        Path file = Path.of(config.getValue("sigillum.status.signer.key-file", String.class));
        PrivateKey key;
        try {
            key = Pem.decodePrivateKey(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the status list signing key " + file.getFileName(), e);
        }
        LOG.warning("status lists are signed with a local key and no certificate (sigillum.status.signer=local)");
        Signer signer = LocalKeySigner.of(config.getOptionalValue("sigillum.status.signer.key-id", String.class)
                .orElse("status-local"), key);
        return token -> both(signer, token, false);
    }

    private static SignedList both(Signer signer, io.sigillum.statuslist.token.StatusListToken token, boolean x5c) {
        return new SignedList(StatusListJwt.sign(token, signer, x5c), StatusListCwt.sign(token, signer, x5c),
                token.issuedAt(), token.expiresAt().orElseThrow());
    }
}
