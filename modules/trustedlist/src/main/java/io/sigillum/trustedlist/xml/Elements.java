package io.sigillum.trustedlist.xml;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict navigation of a DOM, one level at a time: an element is looked for among the direct
 * children of its parent only (never by a document-wide search, which would also find copies
 * planted in extensions or in the signature), an element the schema allows once must be there
 * once, and a simple element's text must not hide child elements.
 */
public final class Elements {

    private Elements() {
    }

    /**
     * @return the direct element children of {@code parent} with this name, in document order
     */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /**
     * @return the one direct child with this name
     * @throws TrustedListException {@link Reason#MALFORMED} when there is none or more than one
     */
    public static Element child(Element parent, String namespace, String localName) throws TrustedListException {
        return optionalChild(parent, namespace, localName).orElseThrow(() -> new TrustedListException(
                Reason.MALFORMED, parent.getLocalName() + " has no " + localName));
    }

    /**
     * @return the direct child with this name, if any
     * @throws TrustedListException {@link Reason#MALFORMED} when there is more than one
     */
    public static Optional<Element> optionalChild(Element parent, String namespace, String localName)
            throws TrustedListException {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() > 1) {
            throw new TrustedListException(Reason.MALFORMED,
                    parent.getLocalName() + " has " + found.size() + " " + localName + " elements; one is allowed");
        }
        return found.stream().findFirst();
    }

    /**
     * @return the trimmed text of a simple element
     * @throws TrustedListException {@link Reason#MALFORMED} when it is empty or has child elements
     */
    public static String text(Element element) throws TrustedListException {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                throw new TrustedListException(Reason.MALFORMED, element.getLocalName() + " has child elements; text is expected");
            }
        }
        String text = element.getTextContent().strip();
        if (text.isEmpty()) {
            throw new TrustedListException(Reason.MALFORMED, element.getLocalName() + " is empty");
        }
        return text;
    }

    /**
     * @return the trimmed text of the one direct child with this name
     */
    public static String childText(Element parent, String namespace, String localName) throws TrustedListException {
        return text(child(parent, namespace, localName));
    }

    /**
     * @return the trimmed text of the direct child with this name, if present
     */
    public static Optional<String> optionalChildText(Element parent, String namespace, String localName)
            throws TrustedListException {
        Optional<Element> child = optionalChild(parent, namespace, localName);
        return child.isPresent() ? Optional.of(text(child.get())) : Optional.empty();
    }
}
