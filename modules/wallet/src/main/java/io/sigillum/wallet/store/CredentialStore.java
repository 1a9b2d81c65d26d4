package io.sigillum.wallet.store;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** The wallet's credentials, in memory, in the order they were received. Thread-safe. */
public final class CredentialStore {

    private final List<StoredCredential> credentials = new CopyOnWriteArrayList<>();

    /** @param credentials credentials to keep */
    public void addAll(List<StoredCredential> credentials) {
        credentials.forEach(credential -> Objects.requireNonNull(credential, "credential"));
        this.credentials.addAll(credentials);
    }

    /** @return every credential kept, oldest first */
    public List<StoredCredential> all() {
        return List.copyOf(credentials);
    }

    /**
     * @param credentialConfigurationId a Credential Configuration identifier
     * @return the credentials issued under it, oldest first
     */
    public List<StoredCredential> byConfiguration(String credentialConfigurationId) {
        return credentials.stream().filter(c -> c.credentialConfigurationId().equals(credentialConfigurationId)).toList();
    }

    /** @return how many credentials are kept */
    public int size() {
        return credentials.size();
    }
}
