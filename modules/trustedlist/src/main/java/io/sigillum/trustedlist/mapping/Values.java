package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

/** The simple values of a trusted list, read strictly: each failure is {@link Reason#MALFORMED}, naming the element. */
final class Values {

    private Values() {
    }

    /** An {@code xsd:dateTime} with an explicit offset ({@code Z} in lists, which are in UTC); converted to an instant. */
    static Instant dateTime(String element, String text) throws TrustedListException {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new TrustedListException(Reason.MALFORMED, element + " is not a date and time with an offset", e);
        }
    }

    /** An absolute URI. */
    static URI uri(String element, String text) throws TrustedListException {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new TrustedListException(Reason.MALFORMED, element + " is not an absolute URI");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new TrustedListException(Reason.MALFORMED, element + " is not a URI", e);
        }
    }

    /** A positive integer that fits a long. */
    static long positive(String element, String text) throws TrustedListException {
        try {
            long value = Long.parseLong(text);
            if (value < 1) {
                throw new TrustedListException(Reason.MALFORMED, element + " is less than 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TrustedListException(Reason.MALFORMED, element + " is not an integer", e);
        }
    }

    /** Base64 as XML-DSig writes it: whitespace between characters ignored, anything else refused. */
    static byte[] base64(String element, String text) throws TrustedListException {
        try {
            byte[] octets = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
            if (octets.length == 0) {
                throw new TrustedListException(Reason.MALFORMED, element + " is empty");
            }
            return octets;
        } catch (IllegalArgumentException e) {
            throw new TrustedListException(Reason.MALFORMED, element + " is not base64", e);
        }
    }

    /** A base64 DER certificate, exactly one, with nothing after it. */
    static X509Certificate certificate(String element, String text) throws TrustedListException {
        byte[] der = base64(element, text);
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            if (!Arrays.equals(certificate.getEncoded(), der)) {
                throw new TrustedListException(Reason.MALFORMED, element + " is not exactly one DER certificate");
            }
            return certificate;
        } catch (CertificateException | ClassCastException e) {
            throw new TrustedListException(Reason.MALFORMED, element + " is not an X.509 certificate", e);
        }
    }
}
