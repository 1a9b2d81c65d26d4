package io.sigillum.devstack.health;

import io.sigillum.devstack.StackException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** TLS that trusts the development CA alone, with hostname verification on: what a real client does. */
public final class DevTrust {

    private DevTrust() {
    }

    /**
     * @param trustStore the PKCS#12 trust store holding the development CA
     * @param password   its password
     * @return a TLS context trusting it
     */
    public static SSLContext sslContext(Path trustStore, String password) {
        if (!Files.exists(trustStore)) {
            throw new StackException("there is no " + trustStore.getFileName() + " yet; run ./sigillum up first");
        }
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new StackException("cannot read " + trustStore + " (" + e.getMessage() + "); delete var/pki and run ./sigillum up");
        }
    }
}
