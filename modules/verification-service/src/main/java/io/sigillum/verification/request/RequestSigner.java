package io.sigillum.verification.request;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.PrehashingSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.kmsclient.KmsClient;
import io.sigillum.kmsclient.RemoteSigner;
import io.sigillum.verification.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The key request objects are signed with. {@code kms} (the default): the active
 * {@code request-object-signing} key of the key-management service for
 * {@code sigillum.verification.signing-scope}, whose certificate carries the verifier's DNS name.
 * {@code local}: a PKCS#8 PEM key and a PEM certificate chain from files, for tests of this
 * service alone; the {@code prod} profile refuses it.
 */
@ApplicationScoped
public class RequestSigner {

    static final String PURPOSE = "request-object-signing";
    private static final Logger LOG = Logger.getLogger(RequestSigner.class.getName());

    private final Supplier<Signer> signers;
    private final Supplier<Optional<Signer>> knownSigners;

    @Inject
    RequestSigner(Config config, OutboundHttp http) {
        String kind = config.getOptionalValue("sigillum.verification.signer", String.class).orElse("kms");
        switch (kind) {
            case "kms" -> {
                URI url = config.getOptionalValue("sigillum.kms.url", URI.class).orElse(URI.create("https://127.0.0.1:8085"));
                String scope = config.getOptionalValue("sigillum.verification.signing-scope", String.class).orElse("default");
                KmsClient client = KmsClient.builder(url).tokens(http::token).httpClient(http.client()).build();
                this.signers = () -> forKms(client.signer(PURPOSE, scope));
                this.knownSigners = () -> client.knownSigner(PURPOSE, scope).map(RequestSigner::forKms);
            }
            case "local" -> {
                Signer local = local(config);
                this.signers = () -> local;
                this.knownSigners = () -> Optional.of(local);
            }
            default -> throw new IllegalStateException("sigillum.verification.signer is kms or local, not " + kind);
        }
    }

    /** The signer of the active key; a remote call may stand behind it (the caller guards it). */
    public Signer current() {
        return signers.get();
    }

    /** The signer of the active key if it is known without a remote call. */
    public Optional<Signer> known() {
        return knownSigners.get();
    }

    /** An ECDSA key is sent the digest of the signing input, which gives the same signature. */
    private static Signer forKms(RemoteSigner remote) {
        return remote.algorithm() == SignatureAlgorithm.EDDSA ? remote : PrehashingSigner.of(remote);
    }

    private static Signer local(Config config) {
        if (config.getOptionalValue("mp.config.profile", String.class).filter("prod"::equals).isPresent()) {
            throw new IllegalStateException("sigillum.verification.signer=local is for tests; production signs through"
                    + " the key-management service (sigillum.verification.signer=kms)");
        }
        Path keyFile = Path.of(config.getValue("sigillum.verification.signer.key-file", String.class));
        Path chainFile = Path.of(config.getValue("sigillum.verification.signer.certificate-file", String.class));
        try {
            List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(chainFile))).stream()
                    .map(X509Certificate.class::cast).toList();
            Signer signer = LocalKeySigner.of("verification-local", Pem.decodePrivateKey(Files.readString(keyFile)), chain);
            LOG.warning("request objects are signed with a local key (sigillum.verification.signer=local)");
            return signer;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the request-object signing key or certificate", e);
        }
    }
}
