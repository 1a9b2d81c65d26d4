package io.sigillum.trustedlist;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signs test lists with the JDK's XML-DSig API, the way a scheme operator does (an enveloped
 * signature over the whole document), or, for the attack tests, in the ways a list must not be signed.
 */
final class ListSigning {

    private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private String referenceUri = "";
    private String digest = DigestMethod.SHA256;
    private String signatureMethod = SignatureMethod.ECDSA_SHA256;
    private boolean enveloped = true;
    private String xpathExcluding;
    private boolean signedProperties;
    private String extraReference;
    private boolean keyInfo = true;

    static ListSigning standard() {
        return new ListSigning();
    }

    ListSigning digest(String value) {
        digest = value;
        return this;
    }

    ListSigning signatureMethod(String value) {
        signatureMethod = value;
        return this;
    }

    /** A reference by Id to the document element instead of {@code URI=""}. */
    ListSigning referenceById() {
        referenceUri = "#tsl";
        return this;
    }

    /** An XPath transform that leaves the elements matched by the expression unsigned. */
    ListSigning excluding(String xpath) {
        xpathExcluding = xpath;
        return this;
    }

    /** A second reference, as XAdES makes, to signed properties in a {@code ds:Object} of the signature. */
    ListSigning withSignedProperties() {
        signedProperties = true;
        return this;
    }

    /** A second reference, canonicalized only, to an element of the list by its Id. */
    ListSigning alsoReferencing(String id) {
        extraReference = id;
        return this;
    }

    /** No KeyInfo at all: the verifier must find the key among its configured certificates. */
    ListSigning withoutKeyInfo() {
        keyInfo = false;
        return this;
    }

    byte[] sign(String xml, PrivateKey key, X509Certificate certificate) {
        return serialize(signDocument(parse(xml), key, certificate));
    }

    Document signDocument(Document document, PrivateKey key, X509Certificate certificate) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            List<Transform> transforms = new ArrayList<>();
            if (enveloped) {
                transforms.add(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null));
            }
            if (xpathExcluding != null) {
                transforms.add(factory.newTransform(Transform.XPATH, new XPathFilterParameterSpec(
                        "not(" + xpathExcluding + ")", Map.of("tsl", TrustedListSpec.NS_TSL))));
            }
            transforms.add(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            List<Reference> references = new ArrayList<>();
            references.add(factory.newReference(referenceUri, factory.newDigestMethod(digest, null), transforms, null, null));
            List<Transform> c14n = List.of(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            Element root = document.getDocumentElement();
            DOMSignContext context = new DOMSignContext(key, root);
            context.setDefaultNamespacePrefix("ds");
            if (root.hasAttribute("Id")) {
                context.setIdAttributeNS(root, null, "Id");
            }
            List<XMLObject> objects = new ArrayList<>();
            if (signedProperties) {
                Element properties = document.createElementNS(XADES, "xades:SignedProperties");
                properties.setAttributeNS(null, "Id", "xades-signed-properties");
                Element signingTime = document.createElementNS(XADES, "xades:SigningTime");
                signingTime.setTextContent(TestList.ISSUED);
                properties.appendChild(signingTime);
                Element qualifying = document.createElementNS(XADES, "xades:QualifyingProperties");
                qualifying.appendChild(properties);
                context.setIdAttributeNS(properties, null, "Id");
                objects.add(factory.newXMLObject(List.of(new DOMStructure(qualifying)), null, null, null));
                references.add(factory.newReference("#xades-signed-properties", factory.newDigestMethod(digest, null), c14n,
                        "http://uri.etsi.org/01903#SignedProperties", null));
            }
            if (extraReference != null) {
                references.add(factory.newReference("#" + extraReference, factory.newDigestMethod(digest, null), c14n, null, null));
            }
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(signatureMethod, null), references);
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            factory.newXMLSignature(signedInfo,
                            keyInfo ? keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate)))) : null,
                            objects, null, null)
                    .sign(context);
            return document;
        } catch (Exception e) {
            throw new IllegalStateException("the test list could not be signed", e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] serialize(Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
