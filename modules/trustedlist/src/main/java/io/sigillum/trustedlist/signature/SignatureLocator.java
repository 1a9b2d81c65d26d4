package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.TrustedListSpec;
import io.sigillum.trustedlist.xml.Elements;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.List;

/**
 * Finds the list's signature where TS 119 612 §5.7 puts it: a {@code ds:Signature} child of the
 * document element, and the only {@code ds:Signature} outside itself in the document. A signature
 * elsewhere (moved into the content, or a second one beside it) is refused, so the signature that
 * is verified is the one that covers the element that is read.
 */
final class SignatureLocator {

    private SignatureLocator() {
    }

    static Element locate(Element list) throws TrustedListException {
        List<Element> signatures = Elements.children(list, TrustedListSpec.NS_DSIG, "Signature");
        NodeList anywhere = list.getOwnerDocument().getElementsByTagNameNS(TrustedListSpec.NS_DSIG, "Signature");
        if (signatures.isEmpty()) {
            if (anywhere.getLength() > 0) {
                throw new TrustedListException(Reason.SIGNATURE_SCOPE,
                        "the signature is not a child of the document element, where an enveloped list signature must be");
            }
            throw new TrustedListException(Reason.UNSIGNED, "the list has no ds:Signature");
        }
        if (signatures.size() > 1) {
            throw new TrustedListException(Reason.SIGNATURE_SCOPE, "the list has " + signatures.size() + " signatures; one is allowed");
        }
        Element signature = signatures.get(0);
        for (int i = 0; i < anywhere.getLength(); i++) {
            Element other = (Element) anywhere.item(i);
            if (other != signature && !isInside(other, signature)) {
                throw new TrustedListException(Reason.SIGNATURE_SCOPE,
                        "another ds:Signature appears in the list's content; only the list's own signature is allowed");
            }
        }
        return signature;
    }

    private static boolean isInside(Element node, Element ancestor) {
        for (org.w3c.dom.Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
