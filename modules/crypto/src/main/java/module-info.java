/**
 * Keys, JWS signing and verification and X.509 for Sigillum, over Nimbus JOSE+JWT and
 * BouncyCastle. Plain Java: no server, no CDI.
 */
module io.sigillum.crypto {
    requires transitive com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports io.sigillum.crypto.jwt;
}
