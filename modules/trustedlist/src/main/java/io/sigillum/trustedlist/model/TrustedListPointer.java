package io.sigillum.trustedlist.model;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pointer from a list of trusted lists to another list (TS 119 612 §5.3.13): where it is
 * published and the certificates it must be signed with. The same list is often pointed at twice,
 * as XML and as PDF; {@link #machineProcessable()} tells them apart.
 *
 * @param location            where the list is published ({@code TSLLocation})
 * @param territory           the pointed-to list's scheme territory, when given
 * @param type                the pointed-to list's type ({@code TSLType}), when given
 * @param mimeType            the pointed-to list's MIME type, when given
 * @param signingCertificates the certificates the pointed-to list must be signed with
 */
public record TrustedListPointer(
        URI location,
        Optional<String> territory,
        Optional<URI> type,
        Optional<String> mimeType,
        List<X509Certificate> signingCertificates) {

    private static final String TSL_XML = "application/vnd.etsi.tsl+xml";

    /** Checks the values and copies the list. */
    public TrustedListPointer {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mimeType, "mimeType");
        signingCertificates = List.copyOf(signingCertificates);
    }

    /**
     * @return whether the pointed-to list is XML ({@code application/vnd.etsi.tsl+xml}), the form
     *         this library reads
     */
    public boolean machineProcessable() {
        return mimeType.map(TSL_XML::equals).orElse(false);
    }
}
