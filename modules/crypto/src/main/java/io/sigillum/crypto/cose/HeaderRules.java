package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborInt;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborText;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.x509.DerCertificates;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value types RFC 9052 §3.1 and RFC 9360 §2 give the header parameters this library reads,
 * checked the same way for headers it makes and headers it receives.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    /**
     * @param headers one bucket
     * @return its {@code x5chain} certificates, leaf first (empty when absent)
     * @throws IllegalArgumentException naming the first header whose value has the wrong type
     */
    static List<X509Certificate> check(CborMap headers) {
        Optional<CborValue> alg = headers.get(CoseSpec.ALG);
        if (alg.isPresent() && !(alg.get() instanceof CborInt) && !(alg.get() instanceof CborText)) {
            throw new IllegalArgumentException("alg (1) is an integer or a text string");
        }
        headers.get(CoseSpec.CRIT).ifPresent(HeaderRules::checkCritical);
        Optional<CborValue> contentType = headers.get(CoseSpec.CONTENT_TYPE);
        if (contentType.isPresent() && !(contentType.get() instanceof CborText)
                && !(contentType.get() instanceof CborInt type && type.value() >= 0)) {
            throw new IllegalArgumentException("content type (3) is an unsigned integer or a text string");
        }
        Optional<CborValue> kid = headers.get(CoseSpec.KID);
        if (kid.isPresent() && !(kid.get() instanceof CborBytes)) {
            throw new IllegalArgumentException("kid (4) is a byte string");
        }
        return headers.get(CoseSpec.X5CHAIN).map(HeaderRules::certificates).orElse(List.of());
    }

    /** @return the value RFC 9360 §2 asks for: one byte string for one certificate, an array for more */
    static CborValue x5chain(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an x5chain holds at least one certificate");
        }
        List<CborValue> items = new ArrayList<>(chain.size());
        for (X509Certificate certificate : chain) {
            try {
                items.add(CborValue.of(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("a certificate of the chain cannot be encoded", e);
            }
        }
        return items.size() == 1 ? items.get(0) : new CborArray(items);
    }

    private static void checkCritical(CborValue value) {
        if (!(value instanceof CborArray labels) || labels.size() == 0) {
            throw new IllegalArgumentException("crit (2) is a non-empty array of labels");
        }
        for (CborValue label : labels.items()) {
            if (!(label instanceof CborInt) && !(label instanceof CborText)) {
                throw new IllegalArgumentException("crit (2) holds labels: integers or text strings");
            }
        }
    }

    private static List<X509Certificate> certificates(CborValue value) {
        List<CborValue> items;
        if (value instanceof CborBytes) {
            items = List.of(value);
        } else if (value instanceof CborArray array && array.size() > 0) {
            // RFC 9360 wants a lone certificate as a bare byte string; a one-element array is read too.
            items = array.items();
        } else {
            throw new IllegalArgumentException("x5chain (33) is a byte string or a non-empty array of them");
        }
        List<X509Certificate> chain = new ArrayList<>(items.size());
        for (CborValue item : items) {
            if (!(item instanceof CborBytes der)) {
                throw new IllegalArgumentException("x5chain (33) holds byte strings");
            }
            chain.add(certificate(der.value()));
        }
        return List.copyOf(chain);
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return DerCertificates.parse(der);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an x5chain certificate is not exactly one DER certificate", e);
        }
    }
}
