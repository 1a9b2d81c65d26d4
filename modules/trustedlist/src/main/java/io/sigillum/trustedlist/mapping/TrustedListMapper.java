package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.model.TrustServiceProvider;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustedlist.model.TrustedListPointer;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.sigillum.trustedlist.TrustedListSpec.DATE_TIME;
import static io.sigillum.trustedlist.TrustedListSpec.LIST_ISSUE_DATE_TIME;
import static io.sigillum.trustedlist.TrustedListSpec.NEXT_UPDATE;
import static io.sigillum.trustedlist.TrustedListSpec.NS_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.OTHER_TSL_POINTER;
import static io.sigillum.trustedlist.TrustedListSpec.POINTERS_TO_OTHER_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.SCHEME_INFORMATION;
import static io.sigillum.trustedlist.TrustedListSpec.SCHEME_OPERATOR_NAME;
import static io.sigillum.trustedlist.TrustedListSpec.SCHEME_TERRITORY;
import static io.sigillum.trustedlist.TrustedListSpec.TRUST_SERVICE_PROVIDER;
import static io.sigillum.trustedlist.TrustedListSpec.TRUST_SERVICE_PROVIDER_LIST;
import static io.sigillum.trustedlist.TrustedListSpec.TSL_SEQUENCE_NUMBER;
import static io.sigillum.trustedlist.TrustedListSpec.TSL_TYPE;
import static io.sigillum.trustedlist.xml.Elements.child;
import static io.sigillum.trustedlist.xml.Elements.childText;
import static io.sigillum.trustedlist.xml.Elements.children;
import static io.sigillum.trustedlist.xml.Elements.optionalChild;
import static io.sigillum.trustedlist.xml.Elements.optionalChildText;

/**
 * Maps a {@code TrustServiceStatusList} whose signature has been verified to a {@link TrustedList}:
 * scheme information (§5.3), pointers to other lists (§5.3.13) and providers (§5.3.18, §5.4).
 */
public final class TrustedListMapper {

    private TrustedListMapper() {
    }

    /**
     * @param list   the document element, the one the verified signature covers
     * @param signer the configured certificate the signature verified with
     * @return the model
     * @throws TrustedListException {@code MALFORMED} when a required element is missing or invalid
     */
    public static TrustedList map(Element list, X509Certificate signer) throws TrustedListException {
        Element scheme = child(list, NS_TSL, SCHEME_INFORMATION);
        return new TrustedList(
                Values.positive(TSL_SEQUENCE_NUMBER, childText(scheme, NS_TSL, TSL_SEQUENCE_NUMBER)),
                Values.uri(TSL_TYPE, childText(scheme, NS_TSL, TSL_TYPE)),
                MultilingualNames.preferred(child(scheme, NS_TSL, SCHEME_OPERATOR_NAME)),
                childText(scheme, NS_TSL, SCHEME_TERRITORY),
                Values.dateTime(LIST_ISSUE_DATE_TIME, childText(scheme, NS_TSL, LIST_ISSUE_DATE_TIME)),
                nextUpdate(child(scheme, NS_TSL, NEXT_UPDATE)),
                providers(list),
                pointers(scheme),
                signer);
    }

    private static Optional<Instant> nextUpdate(Element nextUpdate) throws TrustedListException {
        Optional<String> dateTime = optionalChildText(nextUpdate, NS_TSL, DATE_TIME);
        return dateTime.isPresent() ? Optional.of(Values.dateTime(NEXT_UPDATE, dateTime.get())) : Optional.empty();
    }

    private static List<TrustServiceProvider> providers(Element list) throws TrustedListException {
        Optional<Element> providerList = optionalChild(list, NS_TSL, TRUST_SERVICE_PROVIDER_LIST);
        List<TrustServiceProvider> providers = new ArrayList<>();
        if (providerList.isPresent()) {
            for (Element provider : children(providerList.get(), NS_TSL, TRUST_SERVICE_PROVIDER)) {
                providers.add(ProviderMapper.map(provider));
            }
        }
        return providers;
    }

    private static List<TrustedListPointer> pointers(Element scheme) throws TrustedListException {
        Optional<Element> pointers = optionalChild(scheme, NS_TSL, POINTERS_TO_OTHER_TSL);
        List<TrustedListPointer> mapped = new ArrayList<>();
        if (pointers.isPresent()) {
            for (Element pointer : children(pointers.get(), NS_TSL, OTHER_TSL_POINTER)) {
                mapped.add(PointerMapper.map(pointer));
            }
        }
        return mapped;
    }
}
