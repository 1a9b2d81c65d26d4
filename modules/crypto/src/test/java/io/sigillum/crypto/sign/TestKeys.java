package io.sigillum.crypto.sign;

import com.nimbusds.jose.jwk.ECKey;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;

/** Keys for the tests: fresh ones, and the RFCs' example keys. */
final class TestKeys {

    /** RFC 7515 Appendix A.3.1: the ES256 example key. */
    static final String RFC7515_A3_JWK = "{\"kty\":\"EC\",\"crv\":\"P-256\","
            + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
            + "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\","
            + "\"d\":\"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI\"}";

    /** RFC 7515 Appendix A.3: the ES256 example JWS. */
    static final String RFC7515_A3_JWS = "eyJhbGciOiJFUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
            + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

    /** RFC 8037 Appendix A.1 and A.2: the Ed25519 example key. */
    static final String RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    /** RFC 8037 Appendix A.4: the JWS that key makes of "Example of Ed25519 signing". */
    static final String RFC8037_A4_JWS = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    private TestKeys() {
    }

    static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", jdk());
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519", jdk()).generateKeyPair();
    }

    static Provider jdk() {
        return Security.getProvider("SunEC");
    }

    static ECKey rfc7515Key() throws Exception {
        return ECKey.parse(RFC7515_A3_JWK);
    }

    static PrivateKey rfc8037PrivateKey() throws Exception {
        byte[] d = com.nimbusds.jose.util.Base64URL.from(RFC8037_D).decode();
        return KeyFactory.getInstance("Ed25519", jdk())
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, d));
    }

    static PublicKey rfc8037PublicKey() throws Exception {
        byte[] x = com.nimbusds.jose.util.Base64URL.from(RFC8037_X).decode();
        byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), x).getEncoded();
        return KeyFactory.getInstance("Ed25519", jdk()).generatePublic(new X509EncodedKeySpec(spki));
    }
}
