package io.sigillum.devstack.pki;

import io.sigillum.crypto.keystore.Pkcs12Stores;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.secrets.PrivateFiles;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The development PKI under {@code var/pki/}: a CA ({@code ca.pem}, {@code ca-key.pem}), one
 * PKCS#12 key store per process ({@code <name>.p12}, alias {@link #KEY_ALIAS}) and a trust store
 * with the CA ({@code truststore.p12}). Files that exist are kept, so certificates survive
 * restarts and a browser or curl told to trust {@code ca.pem} keeps trusting it.
 */
public final class DevPki {

    /** Alias of the key entry in every process key store. */
    public static final String KEY_ALIAS = "tls";
    /** Alias of the CA in the trust store. */
    public static final String CA_ALIAS = "sigillum-dev-ca";

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(825);

    private final StackLayout layout;
    private final char[] storePassword;

    /**
     * @param layout        where {@code var/pki/} is
     * @param storePassword the password of every PKCS#12 store
     */
    public DevPki(StackLayout layout, String storePassword) {
        this.layout = layout;
        this.storePassword = storePassword.toCharArray();
    }

    /**
     * Creates what is missing.
     *
     * @param processNames the processes that each need a key store
     * @return the files created, relative to the root (empty when everything existed)
     */
    public List<Path> ensure(Collection<String> processNames) {
        List<Path> created = new ArrayList<>();
        PrivateFiles.createPrivateDirectory(layout.pki());
        CertificateAuthority ca = loadOrCreateCa(created);
        for (String name : processNames) {
            Path store = layout.keyStore(name);
            if (!Files.exists(store)) {
                IssuedCertificate tls = ca.issueServerCertificate(
                        new ServerCertificateRequest("sigillum " + name, List.of(), LEAF_VALIDITY));
                PrivateFiles.writeSecret(store,
                        Pkcs12Stores.keyStore(KEY_ALIAS, tls.privateKey(), tls.chain(), storePassword));
                created.add(store);
            }
        }
        if (!Files.exists(layout.trustStore())) {
            PrivateFiles.writePublic(layout.trustStore(),
                    Pkcs12Stores.trustStore(Map.of(CA_ALIAS, ca.certificate()), storePassword));
            created.add(layout.trustStore());
        }
        return created.stream().map(layout.root()::relativize).toList();
    }

    private CertificateAuthority loadOrCreateCa(List<Path> created) {
        Path certificate = layout.caCertificate();
        Path key = layout.caKey();
        if (Files.exists(certificate) && Files.exists(key)) {
            try {
                return CertificateAuthority.of(
                        Pem.decodeCertificates(Files.readString(certificate)).get(0),
                        Pem.decodePrivateKey(Files.readString(key)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the development CA", e);
            } catch (IllegalArgumentException e) {
                throw new StackException("the development CA in " + layout.root().relativize(layout.pki())
                        + " is unusable (" + e.getMessage() + "); delete var/pki to make a new one");
            }
        }
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum development CA", CA_VALIDITY);
        PrivateFiles.writeSecret(key, Pem.encodePrivateKey(ca.privateKey()).getBytes(StandardCharsets.US_ASCII));
        PrivateFiles.writePublic(certificate, Pem.encodeCertificate(ca.certificate()).getBytes(StandardCharsets.US_ASCII));
        created.add(certificate);
        created.add(key);
        // Stores signed by a previous CA would no longer be trusted: replace them all.
        discardStores();
        return ca;
    }

    /** Deletes every PKCS#12 store, so the next {@link #ensure} makes them anew (say, with a new password). */
    public void discardStores() {
        if (!Files.isDirectory(layout.pki())) {
            return;
        }
        try (var files = Files.list(layout.pki())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".p12")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear old key stores in " + layout.pki(), e);
        }
    }
}
