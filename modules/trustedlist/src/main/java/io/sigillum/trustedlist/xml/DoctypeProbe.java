package io.sigillum.trustedlist.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * Tells whether a document's prolog holds a DOCTYPE, without processing it: a StAX reader with DTD
 * support and external entities off reads events only up to the document element. Used to name
 * the reason when the DOM parser, which refuses DOCTYPEs, fails; the parser's own message is
 * localised and not to be matched.
 */
public final class DoctypeProbe {

    private DoctypeProbe() {
    }

    /**
     * @param xml the document
     * @return whether a DOCTYPE precedes the document element; false when the prolog is not well-formed
     */
    public static boolean hasDoctype(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return true;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return false;
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            return false;
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open beyond the byte array
            }
        }
    }
}
