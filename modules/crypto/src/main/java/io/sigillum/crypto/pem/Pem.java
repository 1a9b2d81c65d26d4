package io.sigillum.crypto.pem;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PEM text (RFC 7468) for certificates ({@code CERTIFICATE}), PKCS#8 private keys
 * ({@code PRIVATE KEY}) and SubjectPublicKeyInfo public keys ({@code PUBLIC KEY}).
 *
 * <p>Keys and certificates come back as the JDK's own types, so callers need no BouncyCastle.
 * Encrypted PEM is not supported: protect private key files with file permissions.
 */
public final class Pem {

    private Pem() {
    }

    /**
     * @param certificates certificates, in the order to write them (a chain: leaf first)
     * @return one {@code CERTIFICATE} block per certificate
     */
    public static String encodeCertificates(List<X509Certificate> certificates) {
        Objects.requireNonNull(certificates, "certificates");
        return write(certificates.toArray());
    }

    /**
     * @param certificate a certificate
     * @return its {@code CERTIFICATE} block
     */
    public static String encodeCertificate(X509Certificate certificate) {
        return encodeCertificates(List.of(certificate));
    }

    /**
     * @param privateKey a private key
     * @return its PKCS#8 {@code PRIVATE KEY} block (unencrypted)
     */
    public static String encodePrivateKey(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        try {
            return write(new JcaPKCS8Generator(privateKey, null).generate());
        } catch (PemGenerationException e) {
            throw new IllegalArgumentException("cannot encode this private key as PKCS#8", e);
        }
    }

    /**
     * @param publicKey a public key
     * @return its {@code PUBLIC KEY} (SubjectPublicKeyInfo) block
     */
    public static String encodePublicKey(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        return write(publicKey);
    }

    /**
     * @param pem text holding {@code CERTIFICATE} blocks (other blocks are skipped)
     * @return the certificates in the order found
     * @throws IllegalArgumentException if a block does not parse or there is no certificate
     */
    public static List<X509Certificate> decodeCertificates(String pem) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : parseAll(pem)) {
            if (object instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new IllegalArgumentException("a CERTIFICATE block does not parse", e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no CERTIFICATE block found");
        }
        return List.copyOf(certificates);
    }

    /**
     * @param pem text holding one {@code PRIVATE KEY} block (or an OpenSSL {@code EC PRIVATE KEY} one)
     * @return the key
     * @throws IllegalArgumentException if there is no unencrypted private key
     */
    public static PrivateKey decodePrivateKey(String pem) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object object : parseAll(pem)) {
            try {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("the private key does not parse", e);
            }
        }
        throw new IllegalArgumentException("no unencrypted PRIVATE KEY block found");
    }

    /**
     * @param pem text holding one {@code PUBLIC KEY} block
     * @return the key
     * @throws IllegalArgumentException if there is no public key
     */
    public static PublicKey decodePublicKey(String pem) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object object : parseAll(pem)) {
            if (object instanceof SubjectPublicKeyInfo info) {
                try {
                    return converter.getPublicKey(info);
                } catch (IOException e) {
                    throw new IllegalArgumentException("the public key does not parse", e);
                }
            }
        }
        throw new IllegalArgumentException("no PUBLIC KEY block found");
    }

    private static String write(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing PEM to memory failed", e);
        }
        return text.toString();
    }

    private static List<Object> parseAll(String pem) {
        Objects.requireNonNull(pem, "pem");
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed PEM: " + e.getMessage(), e);
        }
        return objects;
    }
}
