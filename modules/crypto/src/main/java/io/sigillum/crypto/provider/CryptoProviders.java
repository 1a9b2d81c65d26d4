package io.sigillum.crypto.provider;

import io.sigillum.crypto.provider.internal.AccpLoader;
import io.sigillum.crypto.provider.internal.ProviderInstaller;

/**
 * Installs the fast JCA provider, once per process, and tells which provider is active.
 *
 * <p>The Amazon Corretto Crypto Provider (AWS-LC) goes first in the JCA provider list when its
 * native library loads on this platform and its self-tests pass; elsewhere the JDK's own
 * providers stay in charge. Either way every caller of {@link java.security.Signature} (Nimbus,
 * the JDK's TLS, this library) then uses the active one. BouncyCastle is never installed as a
 * global provider: it serves only what it is asked for by name (X.509 building).
 *
 * <p>Call {@link #install()} early at start-up, before signers are created: a signer binds to
 * the provider that is first when it is made. Idempotent and thread-safe.
 */
public final class CryptoProviders {

    private static final ProviderInstaller INSTALLER = new ProviderInstaller(new AccpLoader());

    private CryptoProviders() {
    }

    /**
     * Installs the fast provider if it can run here; does nothing the second time.
     *
     * @return the provider now serving signatures
     */
    public static ActiveProvider install() {
        return INSTALLER.install();
    }

    /**
     * @return the provider serving signatures, installing the fast one first if no one has yet
     */
    public static ActiveProvider active() {
        return INSTALLER.install();
    }
}
