package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import org.w3c.dom.Element;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.KeySelector;
import java.security.NoSuchProviderException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a trusted list's enveloped XML signature (TS 119 612 §5.7) against the list operator's
 * configured certificates, with the JDK's XML-DSig ({@code XMLDSig} provider, secure validation on):
 * <ol>
 *   <li>the one signature beside the content is found ({@code SignatureLocator});</li>
 *   <li>what its {@code SignedInfo} declares ({@code SignedInfoView}) must cover the whole
 *       document ({@code SignatureScope}) with strong algorithms ({@code AlgorithmPolicy}), judged
 *       before the XML-DSig library sees it;</li>
 *   <li>it is verified with each configured certificate's public key in turn; {@code KeyInfo} is
 *       never trusted, only read to say whose key signed when none of the configured ones did;</li>
 *   <li>references are dereferenced only within the document ({@code RestrictedDereferencer}).</li>
 * </ol>
 */
public final class EnvelopedSignatureVerifier {

    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    private static final String JDK_PROVIDER = "XMLDSig";

    private EnvelopedSignatureVerifier() {
    }

    /**
     * @param list    the document element, whose signature is verified and which is then read
     * @param signers the certificates the list may be signed with; at least one
     * @return the certificate whose key the signature verified with
     * @throws TrustedListException {@code UNSIGNED}, {@code SIGNATURE_SCOPE}, {@code WEAK_ALGORITHM},
     *                              {@code BAD_SIGNATURE}, {@code UNKNOWN_SIGNER} or {@code MALFORMED}
     */
    public static X509Certificate verify(Element list, List<X509Certificate> signers) throws TrustedListException {
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("no signing certificate is configured");
        }
        Element signatureElement = SignatureLocator.locate(list);
        SignedInfoView declared = SignedInfoView.read(signatureElement);
        SignatureIds ids = SignatureIds.collect(signatureElement);
        SignatureScope.check(declared, ids.ids());
        AlgorithmPolicy.check(declared);
        XMLSignatureFactory factory = factory();

        Attempt attempt = null;
        XMLSignatureException lastFailure = null;
        for (int i = 0; i < signers.size(); i++) {
            attempt = unmarshal(factory, signatureElement, ids, signers.get(i));
            try {
                if (attempt.signature().validate(attempt.context())) {
                    return signers.get(i);
                }
            } catch (XMLSignatureException e) {
                lastFailure = e;
            }
        }
        throw diagnose(attempt, signers, lastFailure);
    }

    private static TrustedListException diagnose(Attempt attempt, List<X509Certificate> signers,
                                                 XMLSignatureException failure) {
        for (Object item : attempt.signature().getSignedInfo().getReferences()) {
            Reference reference = (Reference) item;
            try {
                if (!reference.validate(attempt.context())) {
                    return new TrustedListException(Reason.BAD_SIGNATURE,
                            "the digest of the reference '" + reference.getURI() + "' does not match: what it covers was changed after signing");
                }
            } catch (XMLSignatureException e) {
                return new TrustedListException(Reason.BAD_SIGNATURE,
                        "the reference '" + reference.getURI() + "' cannot be verified", e);
            }
        }
        List<X509Certificate> presented = keyInfoCertificates(attempt.signature().getKeyInfo());
        boolean presentsConfigured = presented.stream().anyMatch(signers::contains);
        if (presentsConfigured) {
            return new TrustedListException(Reason.BAD_SIGNATURE,
                    "the signature value does not verify with the configured certificate the signature names", failure);
        }
        String whose = presented.isEmpty() ? "" : " (KeyInfo names " + presented.get(0).getSubjectX500Principal().getName() + ")";
        return new TrustedListException(Reason.UNKNOWN_SIGNER,
                "the signature verifies with none of the " + signers.size() + " configured signing certificates" + whose, failure);
    }

    private static List<X509Certificate> keyInfoCertificates(KeyInfo keyInfo) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (keyInfo == null) {
            return certificates;
        }
        for (Object structure : keyInfo.getContent()) {
            if (structure instanceof X509Data data) {
                for (Object content : data.getContent()) {
                    if (content instanceof X509Certificate certificate) {
                        certificates.add(certificate);
                    }
                }
            }
        }
        return certificates;
    }

    private static Attempt unmarshal(XMLSignatureFactory factory, Element signatureElement, SignatureIds ids,
                                     X509Certificate signer) throws TrustedListException {
        DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(signer.getPublicKey()), signatureElement);
        context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
        ids.register(context);
        context.setURIDereferencer(new RestrictedDereferencer(factory.getURIDereferencer(), ids.ids()));
        try {
            return new Attempt(factory.unmarshalXMLSignature(context), context);
        } catch (MarshalException e) {
            throw new TrustedListException(Reason.MALFORMED, "the ds:Signature is not a well-formed XML signature, or XML-DSig secure validation refuses it", e);
        }
    }

    private static XMLSignatureFactory factory() {
        try {
            return XMLSignatureFactory.getInstance("DOM", JDK_PROVIDER);
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("the JDK's XML-DSig provider (java.xml.crypto) is not available", e);
        }
    }

    private record Attempt(XMLSignature signature, DOMValidateContext context) {
    }
}
