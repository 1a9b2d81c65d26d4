package io.sigillum.trustregistry.issuer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the change log records of an issuer. */
final class IssuerSummaries {

    private IssuerSummaries() {
    }

    static Map<String, Object> of(TrustedIssuerRecord issuer) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", issuer.id());
        summary.put("legalName", issuer.legalName());
        summary.put("country", issuer.country());
        summary.put("state", issuer.state());
        summary.putAll(Windows.summary(issuer.validity()));
        return summary;
    }
}
