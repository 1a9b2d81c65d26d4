package io.sigillum.trustregistry.trustedlist;

import java.net.URI;
import java.util.Set;

/**
 * Which service statuses (TS 119 612 §5.5.4) make a service trusted now: granted and recognised at
 * national level (the statuses of lists since 2016), and under supervision, in cessation of
 * supervision, accredited and set by national law (those of earlier lists). Every other status —
 * withdrawn, deprecated at national level, supervision ceased or revoked, accreditation ceased or
 * revoked, or one not known here — does not.
 */
final class ServiceStatuses {

    private static final String CURRENT = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/";
    private static final String EARLIER = "http://uri.etsi.org/TrstSvc/Svcstatus/";
    private static final Set<URI> TRUSTED = Set.of(
            URI.create(CURRENT + "granted"),
            URI.create(CURRENT + "recognisedatnationallevel"),
            URI.create(EARLIER + "undersupervision"),
            URI.create(EARLIER + "supervisionincessation"),
            URI.create(EARLIER + "accredited"),
            URI.create(EARLIER + "setbynationallaw"));

    private ServiceStatuses() {
    }

    static boolean trusted(URI status) {
        return TRUSTED.contains(status);
    }
}
