package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Transform;
import java.util.List;
import java.util.Set;

/**
 * What a trusted list's signature must sign (TS 119 612 §5.7, an enveloped signature): exactly one
 * reference to the whole document ({@code URI=""}) with the enveloped-signature transform first and
 * at most a canonicalization after it. Any other reference must point by {@code #Id} to an element
 * inside the signature itself (XAdES signed properties) and may only be canonicalized. No XPath, XSLT or
 * other transform that could leave part of the list unsigned; no external URI.
 */
final class SignatureScope {

    /** Canonicalization algorithms allowed, in SignedInfo and as reference transforms. */
    static final Set<String> CANONICALIZATIONS = Set.of(
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments");

    /** More references than a list and its XAdES properties need are refused before any work. */
    private static final int MAX_REFERENCES = 4;

    private SignatureScope() {
    }

    /**
     * @param signedInfo   what the signature's SignedInfo declares
     * @param signatureIds the {@code Id}s of elements inside the signature
     * @throws TrustedListException {@link Reason#SIGNATURE_SCOPE} when the signature does not
     *                              cover the whole document in the allowed way
     */
    static void check(SignedInfoView signedInfo, Set<String> signatureIds) throws TrustedListException {
        if (!CANONICALIZATIONS.contains(signedInfo.canonicalization())) {
            throw scope("the SignedInfo canonicalization " + signedInfo.canonicalization() + " is not allowed");
        }
        if (signedInfo.references().size() > MAX_REFERENCES) {
            throw scope("the signature has " + signedInfo.references().size() + " references; at most " + MAX_REFERENCES + " are allowed");
        }
        int wholeDocument = 0;
        for (SignedInfoView.ReferenceView reference : signedInfo.references()) {
            String uri = reference.uri().orElse(null);
            if ("".equals(uri)) {
                wholeDocument++;
                checkWholeDocumentTransforms(reference.transforms());
            } else if (uri != null && uri.startsWith("#") && uri.length() > 1) {
                if (!signatureIds.contains(uri.substring(1))) {
                    throw scope("the reference " + uri + " does not point to an element inside the signature;"
                            + " the list is signed as a whole (URI=\"\")");
                }
                checkCanonicalizationsOnly(reference.transforms(), uri);
            } else {
                throw scope("a reference to " + (uri == null ? "no URI" : "'" + uri + "'")
                        + " is not allowed; the list is signed as a whole (URI=\"\")");
            }
        }
        if (wholeDocument != 1) {
            throw scope(wholeDocument == 0
                    ? "no reference covers the whole document (URI=\"\" with the enveloped-signature transform)"
                    : "more than one reference to the whole document");
        }
    }

    private static void checkWholeDocumentTransforms(List<String> transforms) throws TrustedListException {
        if (transforms.isEmpty() || !Transform.ENVELOPED.equals(transforms.get(0))) {
            throw scope("the reference to the whole document does not start with the enveloped-signature transform");
        }
        if (transforms.size() > 2) {
            throw scope("the reference to the whole document has more than the enveloped-signature transform and a canonicalization");
        }
        if (transforms.size() == 2 && !CANONICALIZATIONS.contains(transforms.get(1))) {
            throw scope("the transform " + transforms.get(1) + " is not allowed on the reference to the whole document");
        }
    }

    private static void checkCanonicalizationsOnly(List<String> transforms, String uri) throws TrustedListException {
        if (transforms.size() > 1) {
            throw scope("the reference " + uri + " has more than one transform");
        }
        for (String algorithm : transforms) {
            if (!CANONICALIZATIONS.contains(algorithm)) {
                throw scope("the transform " + algorithm + " is not allowed on the reference " + uri);
            }
        }
    }

    private static TrustedListException scope(String message) {
        return new TrustedListException(Reason.SIGNATURE_SCOPE, message);
    }
}
