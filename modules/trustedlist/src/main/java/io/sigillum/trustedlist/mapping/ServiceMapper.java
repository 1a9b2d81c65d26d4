package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.model.TrustService;
import org.w3c.dom.Element;

import static io.sigillum.trustedlist.TrustedListSpec.NS_TSL;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_DIGITAL_IDENTITY;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_INFORMATION;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_NAME;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_STATUS;
import static io.sigillum.trustedlist.TrustedListSpec.SERVICE_TYPE_IDENTIFIER;
import static io.sigillum.trustedlist.TrustedListSpec.STATUS_STARTING_TIME;
import static io.sigillum.trustedlist.xml.Elements.child;
import static io.sigillum.trustedlist.xml.Elements.childText;

/** A {@code TSPService}'s current {@code ServiceInformation} (TS 119 612 §5.5); its history (§5.6) is not read. */
final class ServiceMapper {

    private ServiceMapper() {
    }

    static TrustService map(Element tspService) throws TrustedListException {
        Element information = child(tspService, NS_TSL, SERVICE_INFORMATION);
        return new TrustService(
                Values.uri(SERVICE_TYPE_IDENTIFIER, childText(information, NS_TSL, SERVICE_TYPE_IDENTIFIER)),
                MultilingualNames.preferred(child(information, NS_TSL, SERVICE_NAME)),
                DigitalIdentityMapper.map(child(information, NS_TSL, SERVICE_DIGITAL_IDENTITY)),
                Values.uri(SERVICE_STATUS, childText(information, NS_TSL, SERVICE_STATUS)),
                Values.dateTime(STATUS_STARTING_TIME, childText(information, NS_TSL, STATUS_STARTING_TIME)));
    }
}
