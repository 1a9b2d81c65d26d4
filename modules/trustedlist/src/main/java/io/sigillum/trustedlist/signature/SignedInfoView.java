package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.xml.Elements;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.sigillum.trustedlist.TrustedListSpec.NS_DSIG;

/**
 * What a signature's {@code SignedInfo} declares, read from the DOM before the XML-DSig library
 * unmarshals it, so that scope and algorithms are judged by this library's rules and reasons
 * first (XML-DSig Core §4.4).
 *
 * @param canonicalization the {@code CanonicalizationMethod} algorithm
 * @param signatureMethod  the {@code SignatureMethod} algorithm
 * @param references       the references, in order
 */
record SignedInfoView(String canonicalization, String signatureMethod, List<ReferenceView> references) {

    /**
     * One {@code Reference}.
     *
     * @param uri          its {@code URI}, empty when the attribute is absent
     * @param transforms   its transform algorithms, in order
     * @param digestMethod its {@code DigestMethod} algorithm
     */
    record ReferenceView(Optional<String> uri, List<String> transforms, String digestMethod) {
    }

    static SignedInfoView read(Element signature) throws TrustedListException {
        Element signedInfo = Elements.child(signature, NS_DSIG, "SignedInfo");
        List<ReferenceView> references = new ArrayList<>();
        for (Element reference : Elements.children(signedInfo, NS_DSIG, "Reference")) {
            List<String> transforms = new ArrayList<>();
            Optional<Element> transformList = Elements.optionalChild(reference, NS_DSIG, "Transforms");
            if (transformList.isPresent()) {
                for (Element transform : Elements.children(transformList.get(), NS_DSIG, "Transform")) {
                    transforms.add(algorithm(transform));
                }
            }
            Optional<String> uri = reference.hasAttributeNS(null, "URI")
                    ? Optional.of(reference.getAttributeNS(null, "URI"))
                    : Optional.empty();
            references.add(new ReferenceView(uri, List.copyOf(transforms),
                    algorithm(Elements.child(reference, NS_DSIG, "DigestMethod"))));
        }
        return new SignedInfoView(
                algorithm(Elements.child(signedInfo, NS_DSIG, "CanonicalizationMethod")),
                algorithm(Elements.child(signedInfo, NS_DSIG, "SignatureMethod")),
                List.copyOf(references));
    }

    private static String algorithm(Element element) throws TrustedListException {
        String algorithm = element.getAttributeNS(null, "Algorithm");
        if (algorithm.isEmpty()) {
            throw new TrustedListException(Reason.MALFORMED, "ds:" + element.getLocalName() + " has no Algorithm");
        }
        return algorithm;
    }
}
