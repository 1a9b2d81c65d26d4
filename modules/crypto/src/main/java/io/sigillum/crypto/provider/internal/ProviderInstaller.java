package io.sigillum.crypto.provider.internal;

import io.sigillum.crypto.provider.ActiveProvider;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.util.Objects;

/**
 * Puts the fast provider first in the JCA list if it loads, once. The outcome is remembered:
 * a platform where the native library fails does not retry on every call.
 */
public final class ProviderInstaller {

    /** The JCA algorithm whose provider is reported: ES256's. */
    static final String PROBE_ALGORITHM = "SHA256withECDSA";

    private final FastProviderLoader loader;
    private volatile ActiveProvider active;

    /** @param loader loads the fast provider, or fails where it cannot run */
    public ProviderInstaller(FastProviderLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** @return the active provider, after installing the fast one if this is the first call */
    public ActiveProvider install() {
        ActiveProvider result = active;
        if (result == null) {
            synchronized (this) {
                result = active;
                if (result == null) {
                    result = installOnce();
                    active = result;
                }
            }
        }
        return result;
    }

    private ActiveProvider installOnce() {
        Provider fast;
        try {
            fast = loader.load();
        } catch (Exception | LinkageError e) {
            return jdk(describe(e));
        }
        Provider present = Security.getProvider(fast.getName());
        if (present == null) {
            Security.insertProviderAt(fast, 1);
        } else if (Security.getProviders()[0] != present) {
            Security.removeProvider(fast.getName());
            Security.insertProviderAt(fast, 1);
        }
        return new ActiveProvider(fast.getName(), fast.getVersionStr(), true, "");
    }

    private static ActiveProvider jdk(String reason) {
        try {
            Provider provider = Signature.getInstance(PROBE_ALGORITHM).getProvider();
            return new ActiveProvider(provider.getName(), provider.getVersionStr(), false, reason);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no provider offers " + PROBE_ALGORITHM, e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
