package io.sigillum.crypto.provider.internal;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;

import java.security.Provider;

/** Loads the Amazon Corretto Crypto Provider and refuses it unless its self-tests pass. */
public final class AccpLoader implements FastProviderLoader {

    @Override
    public Provider load() {
        AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
        Throwable loadingError = provider.getLoadingError();
        if (loadingError != null) {
            throw new IllegalStateException("native library did not load: " + loadingError, loadingError);
        }
        provider.assertHealthy();
        return provider;
    }
}
