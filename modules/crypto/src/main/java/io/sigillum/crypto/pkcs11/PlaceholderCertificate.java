package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

/**
 * The self-signed certificate stored beside a key that has no certificate of its own yet.
 *
 * <p>Why one is needed: {@code SunPKCS11}'s KeyStore shows a private key only as a
 * {@code PrivateKeyEntry}, and it finds private keys through a certificate with the same
 * {@code CKA_ID}; a private key without one is ignored on every later load, so the key would be
 * on the token but out of reach. The certificate also keeps the public key, which the KeyStore
 * gives back no other way. It is signed by the new key inside the token, which proves the key
 * signs before its alias is handed out. It is never shown as the key's chain: a signer reports
 * an empty chain until a real one replaces it ({@link Pkcs11Token#setCertificateChain}).
 */
final class PlaceholderCertificate {

    /** RFC 5280 §4.1.2.5: 99991231235959Z means "no well-defined expiration date". */
    private static final Date NO_EXPIRY = Date.from(ZonedDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC).toInstant());
    /** Back-dating notBefore tolerates clocks of other processes that run slightly behind. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String MARK = "PKCS#11 key without certificate";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PlaceholderCertificate() {
    }

    /**
     * @param alias     the key's alias, its CN
     * @param keys      the token's key pair
     * @param algorithm the algorithm the key signs with
     * @param provider  the token's provider, which signs the certificate inside the token
     * @return the self-signed placeholder
     */
    static X509Certificate create(String alias, KeyPair keys, SignatureAlgorithm algorithm, Provider provider)
            throws OperatorCreationException, CertificateException {
        X500Name name = name(alias);
        // RFC 5280 §4.1.2.2: positive, at most 20 octets; 159 random bits stay within both.
        BigInteger serial = new BigInteger(159, RANDOM).add(BigInteger.ONE);
        var builder = new JcaX509v3CertificateBuilder(name, serial,
                Date.from(Instant.now().minus(CLOCK_SKEW)), NO_EXPIRY, name, keys.getPublic());
        ContentSigner signer = new JcaContentSignerBuilder(algorithm.jcaName())
                .setProvider(provider)
                .build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    /**
     * @param certificate the leaf stored with a key
     * @param alias       the key's alias
     * @return whether it is the placeholder made for that alias
     */
    static boolean isPlaceholder(X509Certificate certificate, String alias) {
        X500Principal expected;
        try {
            expected = new X500Principal(name(alias).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an X.500 name", e);
        }
        return expected.equals(certificate.getSubjectX500Principal())
                && expected.equals(certificate.getIssuerX500Principal());
    }

    private static X500Name name(String alias) {
        // A builder, not a parsed string, so a comma or '=' in the alias cannot add attributes.
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Sigillum")
                .addRDN(BCStyle.OU, MARK)
                .addRDN(BCStyle.CN, alias)
                .build();
    }
}
