/**
 * Keys, JWS signing and verification and X.509 for Sigillum, over Nimbus JOSE+JWT and
 * BouncyCastle. Plain Java: no server, no CDI. The APIs take and return the JDK's key and
 * certificate types, so callers need not require BouncyCastle.
 */
module io.sigillum.crypto {
    requires transitive com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports io.sigillum.crypto.jwt;
    exports io.sigillum.crypto.keys;
    exports io.sigillum.crypto.keystore;
    exports io.sigillum.crypto.pem;
    exports io.sigillum.crypto.x509;
}
