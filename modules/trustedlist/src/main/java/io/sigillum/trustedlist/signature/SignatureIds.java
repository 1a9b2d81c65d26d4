package io.sigillum.trustedlist.signature;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.crypto.dsig.dom.DOMValidateContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Id} attributes inside the signature element (XAdES signed properties, for instance):
 * the only elements a {@code #Id} reference may reach. Ids outside the signature are never
 * registered, so no reference can be pointed at a copy of the list's content; duplicates are refused.
 */
final class SignatureIds {

    private final Map<String, Element> byId;

    private SignatureIds(Map<String, Element> byId) {
        this.byId = byId;
    }

    static SignatureIds collect(Element signature) throws TrustedListException {
        Map<String, Element> byId = new HashMap<>();
        collect(signature, byId);
        return new SignatureIds(Map.copyOf(byId));
    }

    private static void collect(Element element, Map<String, Element> byId) throws TrustedListException {
        if (element.hasAttributeNS(null, "Id")) {
            String id = element.getAttributeNS(null, "Id");
            if (byId.put(id, element) != null) {
                throw new TrustedListException(Reason.SIGNATURE_SCOPE, "the Id '" + id + "' appears twice in the signature");
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, byId);
            }
        }
    }

    /** Registers the ids with a validation context. */
    void register(DOMValidateContext context) {
        byId.values().forEach(element -> context.setIdAttributeNS(element, null, "Id"));
    }

    Set<String> ids() {
        return byId.keySet();
    }
}
