package io.sigillum.crypto.provider.internal;

import java.security.Provider;

/** Loads the fast provider and checks it is healthy, without installing it. A test seam. */
@FunctionalInterface
public interface FastProviderLoader {

    /**
     * @return the healthy provider, ready to be installed
     * @throws Exception or {@link LinkageError} when it cannot run on this platform
     */
    Provider load() throws Exception;
}
