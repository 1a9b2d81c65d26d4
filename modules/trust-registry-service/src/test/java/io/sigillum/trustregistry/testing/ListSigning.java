package io.sigillum.trustregistry.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs test lists with the JDK's XML-DSig API as a scheme operator does: an enveloped signature
 * over the whole document, exclusive canonicalization, the signer's certificate in {@code KeyInfo}.
 * A smaller copy of {@code modules/trustedlist}'s test helper (that module has no test jar).
 */
public final class ListSigning {

    private ListSigning() {
    }

    /** Signs with ECDSA over SHA-256 and a SHA-256 digest. */
    public static byte[] sign(String xml, PrivateKey key, X509Certificate certificate) {
        return sign(xml, key, certificate, DigestMethod.SHA256);
    }

    /** Signs with ECDSA over SHA-256 and the given reference digest (e.g. SHA-1, to see it refused). */
    public static byte[] sign(String xml, PrivateKey key, X509Certificate certificate, String digest) {
        try {
            Document document = parse(xml);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            List<Transform> transforms = List.of(
                    factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                    factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            Reference reference = factory.newReference("", factory.newDigestMethod(digest, null), transforms, null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null), List.of(reference));
            Element root = document.getDocumentElement();
            DOMSignContext context = new DOMSignContext(key, root);
            context.setDefaultNamespacePrefix("ds");
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            factory.newXMLSignature(signedInfo, keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate)))))
                    .sign(context);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the test list could not be signed", e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
