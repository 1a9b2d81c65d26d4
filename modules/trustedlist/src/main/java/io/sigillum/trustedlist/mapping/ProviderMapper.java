package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.model.TrustService;
import io.sigillum.trustedlist.model.TrustServiceProvider;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.sigillum.trustedlist.TrustedListSpec.NS_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.TSP_INFORMATION;
import static io.sigillum.trustedlist.TrustedListSpec.TSP_NAME;
import static io.sigillum.trustedlist.TrustedListSpec.TSP_SERVICE;
import static io.sigillum.trustedlist.TrustedListSpec.TSP_SERVICES;
import static io.sigillum.trustedlist.TrustedListSpec.TSP_TRADE_NAME;
import static io.sigillum.trustedlist.xml.Elements.child;
import static io.sigillum.trustedlist.xml.Elements.children;
import static io.sigillum.trustedlist.xml.Elements.optionalChild;

/** A {@code TrustServiceProvider} (TS 119 612 §5.4): its names and its services. */
final class ProviderMapper {

    private ProviderMapper() {
    }

    static TrustServiceProvider map(Element provider) throws TrustedListException {
        Element information = child(provider, NS_TSL, TSP_INFORMATION);
        String name = MultilingualNames.preferred(child(information, NS_TSL, TSP_NAME));
        Optional<Element> tradeName = optionalChild(information, NS_TSL, TSP_TRADE_NAME);
        List<String> tradeNames = tradeName.isPresent() ? MultilingualNames.all(tradeName.get()) : List.of();
        List<TrustService> services = new ArrayList<>();
        for (Element service : children(child(provider, NS_TSL, TSP_SERVICES), NS_TSL, TSP_SERVICE)) {
            services.add(ServiceMapper.map(service));
        }
        return new TrustServiceProvider(name, tradeNames, services);
    }
}
