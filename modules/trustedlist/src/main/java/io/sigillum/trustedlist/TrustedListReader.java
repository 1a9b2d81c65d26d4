package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.mapping.TrustedListMapper;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustedlist.signature.EnvelopedSignatureVerifier;
import io.sigillum.trustedlist.xml.BoundedInput;
import io.sigillum.trustedlist.xml.SecureXmlParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads an ETSI TS 119 612 trusted list, or list of trusted lists, from XML: refuses input over the
 * size cap, parses it with DTDs and entities refused, checks that the document element is a
 * {@code tsl:TrustServiceStatusList}, verifies its enveloped signature against the given signing
 * certificates, and maps that same document element, once verified, to a {@link TrustedList}.
 * Nothing is fetched: pointers to other lists are returned for the caller to follow, with the
 * certificates each must be signed with.
 *
 * <p>Whether a verified list may replace the one held is {@link TrustedListAcceptance}'s decision.
 * Instances are immutable and thread-safe.
 */
public final class TrustedListReader {

    /** The default size cap: 16 MiB, several times the largest EU member state list. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final BoundedInput bound;

    private TrustedListReader(int maxBytes) {
        this.bound = new BoundedInput(maxBytes);
    }

    /** @return a reader with the {@link #DEFAULT_MAX_BYTES} size cap */
    public static TrustedListReader withDefaults() {
        return new TrustedListReader(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes the largest input accepted, in bytes
     * @return a reader with that size cap
     */
    public static TrustedListReader withMaxBytes(int maxBytes) {
        return new TrustedListReader(maxBytes);
    }

    /**
     * @param xml     the list's XML
     * @param signers the certificates the list may be signed with (the scheme operator's, or for a
     *                pointed-to list, the pointer's); at least one
     * @return the verified list
     * @throws TrustedListException when the list is refused; {@link TrustedListException#reason()} says why
     */
    public TrustedList read(byte[] xml, Collection<X509Certificate> signers) throws TrustedListException {
        Objects.requireNonNull(xml, "xml");
        List<X509Certificate> configured = signers(signers);
        bound.check(xml);
        Document document = SecureXmlParser.parse(xml);
        Element list = document.getDocumentElement();
        if (!TrustedListSpec.NS_TSL.equals(list.getNamespaceURI())
                || !TrustedListSpec.TRUST_SERVICE_STATUS_LIST.equals(list.getLocalName())) {
            throw new TrustedListException(Reason.MALFORMED, "the document element is not a tsl:TrustServiceStatusList");
        }
        X509Certificate signer = EnvelopedSignatureVerifier.verify(list, configured);
        return TrustedListMapper.map(list, signer);
    }

    /**
     * Reads the stream up to the size cap, then as {@link #read(byte[], Collection)}. The stream is not closed.
     *
     * @param xml     the list's XML
     * @param signers the certificates the list may be signed with; at least one
     * @return the verified list
     * @throws TrustedListException when the list is refused, {@link Reason#TOO_LARGE} as soon as the cap is passed
     * @throws IOException          when reading the stream fails
     */
    public TrustedList read(InputStream xml, Collection<X509Certificate> signers) throws TrustedListException, IOException {
        Objects.requireNonNull(xml, "xml");
        signers(signers);
        return read(bound.read(xml), signers);
    }

    private static List<X509Certificate> signers(Collection<X509Certificate> signers) {
        Objects.requireNonNull(signers, "signers");
        List<X509Certificate> copy = List.copyOf(signers);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one signing certificate is needed to read a trusted list");
        }
        return copy;
    }
}
