package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.model.TrustedListPointer;
import org.w3c.dom.Element;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import static io.sigillum.trustedlist.TrustedListSpec.ADDITIONAL_INFORMATION;
import static io.sigillum.trustedlist.TrustedListSpec.MIME_TYPE;
import static io.sigillum.trustedlist.TrustedListSpec.NS_ADDITIONAL_TYPES;
import static io.sigillum.trustedlist.TrustedListSpec.NS_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.OTHER_INFORMATION;
import static io.sigillum.trustedlist.TrustedListSpec.SCHEME_TERRITORY;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_DIGITAL_IDENTITIES;
import static io.sigillum.trustedlist.TrustedListSpec.TSL_LOCATION;
import static io.sigillum.trustedlist.TrustedListSpec.TSL_TYPE;
import static io.sigillum.trustedlist.xml.Elements.childText;
import static io.sigillum.trustedlist.xml.Elements.children;
import static io.sigillum.trustedlist.xml.Elements.optionalChild;
import static io.sigillum.trustedlist.xml.Elements.text;

/**
 * An {@code OtherTSLPointer} (TS 119 612 §5.3.13): the location, the signing certificates, and
 * from {@code AdditionalInformation} the territory, type and MIME type. Each of those may be stated
 * once; textual information and other items are skipped.
 */
final class PointerMapper {

    private PointerMapper() {
    }

    static TrustedListPointer map(Element pointer) throws TrustedListException {
        URI location = Values.uri(TSL_LOCATION, childText(pointer, NS_TSL, TSL_LOCATION));
        Optional<Element> identities = optionalChild(pointer, NS_TSL, SERVICE_DIGITAL_IDENTITIES);
        List<X509Certificate> certificates = identities.isPresent()
                ? DigitalIdentityMapper.certificates(identities.get())
                : List.of();
        Optional<Element> additional = optionalChild(pointer, NS_TSL, ADDITIONAL_INFORMATION);
        Optional<String> territory = Optional.empty();
        Optional<String> type = Optional.empty();
        Optional<String> mimeType = Optional.empty();
        if (additional.isPresent()) {
            List<Element> items = children(additional.get(), NS_TSL, OTHER_INFORMATION);
            territory = once(items, NS_TSL, SCHEME_TERRITORY);
            type = once(items, NS_TSL, TSL_TYPE);
            mimeType = once(items, NS_ADDITIONAL_TYPES, MIME_TYPE);
        }
        Optional<URI> typeUri = type.isPresent() ? Optional.of(Values.uri(TSL_TYPE, type.get())) : Optional.empty();
        return new TrustedListPointer(location, territory, typeUri, mimeType, certificates);
    }

    private static Optional<String> once(List<Element> items, String namespace, String localName)
            throws TrustedListException {
        Optional<String> found = Optional.empty();
        for (Element item : items) {
            for (Element value : children(item, namespace, localName)) {
                if (found.isPresent()) {
                    throw new TrustedListException(Reason.MALFORMED, "an OtherTSLPointer states " + localName + " more than once");
                }
                found = Optional.of(text(value));
            }
        }
        return found;
    }
}
