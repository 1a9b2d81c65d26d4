package io.sigillum.keymanagement.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * What the deployment's certificates say: its organisation and country (ISO 3166-1 alpha-2; the
 * IACA must name one), the Credential Issuer Identifier issuer leaves carry, the DNS name of the
 * verifier's {@code x509_san_dns} client identifier, the IACA's issuerAltName and CRL location,
 * and the status list signing EKU (an OID the Token Status List draft has not yet fixed).
 */
@ApplicationScoped
public class CaSettings {

    private final String organization;
    private final String country;
    private final URI issuer;
    private final String verifierDns;
    private final URI iacaIssuerUri;
    private final URI iacaCrl;
    private final Optional<String> statusListEku;

    @Inject
    CaSettings(@ConfigProperty(name = "sigillum.kms.ca.organization") String organization,
               @ConfigProperty(name = "sigillum.kms.ca.country") String country,
               @ConfigProperty(name = "sigillum.kms.certificates.issuer") URI issuer,
               @ConfigProperty(name = "sigillum.kms.certificates.verifier-dns") String verifierDns,
               @ConfigProperty(name = "sigillum.kms.ca.iaca-issuer-uri") URI iacaIssuerUri,
               @ConfigProperty(name = "sigillum.kms.ca.iaca-crl-uri") URI iacaCrl,
               @ConfigProperty(name = "sigillum.kms.certificates.status-list-eku") Optional<String> statusListEku) {
        this.organization = organization;
        this.country = country;
        this.issuer = issuer;
        this.verifierDns = verifierDns;
        this.iacaIssuerUri = iacaIssuerUri;
        this.iacaCrl = iacaCrl;
        this.statusListEku = statusListEku.filter(oid -> !oid.isBlank());
    }

    String organization() {
        return organization;
    }

    String country() {
        return country;
    }

    URI issuer() {
        return issuer;
    }

    String verifierDns() {
        return verifierDns;
    }

    URI iacaIssuerUri() {
        return iacaIssuerUri;
    }

    URI iacaCrl() {
        return iacaCrl;
    }

    Optional<String> statusListEku() {
        return statusListEku;
    }
}
