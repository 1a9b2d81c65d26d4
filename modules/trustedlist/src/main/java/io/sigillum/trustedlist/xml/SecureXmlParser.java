package io.sigillum.trustedlist.xml;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses XML into a namespace-aware DOM, refusing everything that could make the parser reach
 * outside the input or blow up inside it:
 * <ul>
 *   <li>any DOCTYPE ({@code disallow-doctype-decl}): no DTD, hence no entity declarations, no
 *       external entities (XXE) and no entity expansion ("billion laughs");</li>
 *   <li>external general and parameter entities and external DTDs off, and no access to external
 *       DTDs or schemas ({@code ACCESS_EXTERNAL_DTD}, {@code ACCESS_EXTERNAL_SCHEMA} empty);</li>
 *   <li>an entity resolver that resolves nothing, XInclude off, entity references not expanded;</li>
 *   <li>secure processing on (the JDK's limits on nesting, attributes and names).</li>
 * </ul>
 * It is the JDK's own parser ({@link DocumentBuilderFactory#newDefaultInstance()}), whatever else is
 * on the class path. The size cap is applied before, by {@link BoundedInput}.
 */
public final class SecureXmlParser {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SecureXmlParser() {
    }

    /**
     * @param xml the document's bytes, already within the size cap
     * @return the parsed document
     * @throws TrustedListException {@link Reason#FORBIDDEN_CONSTRUCT} for a DOCTYPE,
     *                              {@link Reason#MALFORMED} for anything not well-formed
     */
    public static Document parse(byte[] xml) throws TrustedListException {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            if (DoctypeProbe.hasDoctype(xml)) {
                throw new TrustedListException(Reason.FORBIDDEN_CONSTRUCT,
                        "the document has a DOCTYPE; DTDs and entity declarations are never processed", e);
            }
            throw new TrustedListException(Reason.MALFORMED, "the document is not well-formed XML" + position(e), e);
        }
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setIgnoringComments(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                // Unreachable with DOCTYPEs refused; if it is ever reached, resolve to nothing.
                return new InputSource(new StringReader(""));
            });
            builder.setErrorHandler(new Strict());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support a required security feature", e);
        }
    }

    private static String position(Exception e) {
        return e instanceof SAXParseException p && p.getLineNumber() > 0
                ? " (line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ")"
                : "";
    }

    /** Fails on errors, and keeps the parser from printing to standard error. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop a non-validating parse
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
