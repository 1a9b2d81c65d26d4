package io.sigillum.trustregistry.changes;

/** What a change did, as the change log names it. */
public enum Operation {
    ISSUER_REGISTERED("issuer.registered"),
    ISSUER_UPDATED("issuer.updated"),
    ISSUER_SUSPENDED("issuer.suspended"),
    ISSUER_REINSTATED("issuer.reinstated"),
    ISSUER_WITHDRAWN("issuer.withdrawn"),
    ANCHOR_ADDED("anchor.added"),
    ANCHOR_REMOVED("anchor.removed"),
    AUTHORIZATION_GRANTED("authorization.granted"),
    AUTHORIZATION_REVOKED("authorization.revoked"),
    TRUSTED_LIST_IMPORTED("trusted-list.imported");

    private final String value;

    Operation(String value) {
        this.value = value;
    }

    /** The name in the log and the API. */
    public String value() {
        return value;
    }
}
