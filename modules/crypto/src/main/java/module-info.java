/**
 * Keys, JWS and COSE signing and verification, CBOR and X.509 for Sigillum, over Nimbus JOSE+JWT,
 * Jackson's CBOR codec and BouncyCastle, with the Amazon Corretto Crypto Provider as the fast JCA
 * provider where it runs.
 * Plain Java: no server, no CDI. The APIs take and return the JDK's key and certificate types,
 * so callers need not require BouncyCastle or the provider.
 */
module io.sigillum.crypto {
    requires transitive com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires com.amazon.corretto.crypto.provider;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.cbor;

    exports io.sigillum.crypto.cbor;
    exports io.sigillum.crypto.cose;
    exports io.sigillum.crypto.jwk;
    exports io.sigillum.crypto.jwt;
    exports io.sigillum.crypto.keys;
    exports io.sigillum.crypto.keystore;
    exports io.sigillum.crypto.pem;
    exports io.sigillum.crypto.pkcs11;
    exports io.sigillum.crypto.provider;
    exports io.sigillum.crypto.secret;
    exports io.sigillum.crypto.sign;
    exports io.sigillum.crypto.x509;
}
