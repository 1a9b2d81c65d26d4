package io.sigillum.trust.snapshot;

import java.util.Set;

/** The member names and values of the snapshot's JSON form, in one place to hold against the README. */
final class SnapshotMembers {

    static final String VERSION = "version";
    static final String GENERATED_AT = "generatedAt";
    static final String ISSUERS = "issuers";

    static final String ID = "id";
    static final String LEGAL_NAME = "legalName";
    static final String COUNTRY = "country";
    static final String STATE = "state";
    static final String VALIDITY = "validity";
    static final String ANCHORS = "anchors";
    static final String AUTHORIZATIONS = "authorizations";

    static final String NOT_BEFORE = "notBefore";
    static final String NOT_AFTER = "notAfter";

    static final String TYPE = "type";
    static final String TYPE_X509 = "x509";
    static final String TYPE_JWK = "jwk";
    static final String KIND = "kind";
    static final String CERTIFICATE = "certificate";
    static final String JWK = "jwk";

    static final String VCT = "vct";
    static final String DOCTYPE = "doctype";

    static final Set<String> SNAPSHOT = Set.of(VERSION, GENERATED_AT, ISSUERS);
    static final Set<String> ISSUER_REQUIRED = Set.of(ID, LEGAL_NAME, COUNTRY, STATE, ANCHORS, AUTHORIZATIONS);
    static final Set<String> ISSUER_OPTIONAL = Set.of(VALIDITY);
    static final Set<String> WINDOW = Set.of(NOT_BEFORE, NOT_AFTER);
    static final Set<String> X509_ANCHOR = Set.of(ID, TYPE, KIND, CERTIFICATE);
    static final Set<String> JWK_ANCHOR = Set.of(ID, TYPE, JWK);
    static final Set<String> AUTHORIZATION_OPTIONAL = Set.of(VCT, DOCTYPE, VALIDITY);

    private SnapshotMembers() {
    }
}
