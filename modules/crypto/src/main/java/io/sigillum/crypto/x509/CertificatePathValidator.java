package io.sigillum.crypto.x509;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates certificate chains with the JDK's standard PKIX validator (RFC 5280 §6): signatures,
 * name chaining, validity periods at a given time, basic constraints and key usage, up to one of
 * the configured trust anchors; optionally an extended key usage of the leaf, which PKIX leaves to
 * the application. Revocation is not checked here: status comes from status lists.
 *
 * <p>Chains are given leaf first, as in a JOSE {@code x5c} header (RFC 7515 §4.1.6) or a COSE
 * {@code x5chain}; a trailing certificate that is itself a trust anchor is allowed and ignored.
 * Instances are immutable and thread-safe.
 */
public final class CertificatePathValidator {

    private final Set<TrustAnchor> anchors;
    private final Set<X509Certificate> anchorCertificates;

    /** @param trustAnchors the certificates to trust, usually roots; at least one */
    public CertificatePathValidator(Iterable<X509Certificate> trustAnchors) {
        Objects.requireNonNull(trustAnchors, "trustAnchors");
        List<X509Certificate> certificates = new ArrayList<>();
        trustAnchors.forEach(certificates::add);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        this.anchorCertificates = Set.copyOf(certificates);
        this.anchors = certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param chain                   leaf first
     * @param at                      the time the chain must be valid at (e.g. a signature's time)
     * @param requiredExtendedKeyUsage an EKU OID the leaf must carry, if any
     */
    public PathValidation validate(List<X509Certificate> chain, Instant at, Optional<String> requiredExtendedKeyUsage) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(at, "at");
        List<X509Certificate> path = new ArrayList<>(chain);
        if (path.size() > 1 && anchorCertificates.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        if (path.isEmpty()) {
            return new PathValidation.Invalid(PathValidation.Reason.EMPTY_CHAIN, "no certificate");
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            var result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            Optional<PathValidation.Invalid> eku = requiredExtendedKeyUsage.flatMap(oid -> missingExtendedKeyUsage(path.get(0), oid));
            if (eku.isPresent()) {
                return eku.get();
            }
            return new PathValidation.Valid(result.getTrustAnchor().getTrustedCert());
        } catch (CertPathValidatorException e) {
            return new PathValidation.Invalid(reason(e), firstLine(e.getMessage()));
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("PKIX parameters refused", e);
        } catch (GeneralSecurityException e) {
            return new PathValidation.Invalid(PathValidation.Reason.INVALID, firstLine(e.getMessage()));
        }
    }

    private static Optional<PathValidation.Invalid> missingExtendedKeyUsage(X509Certificate leaf, String oid) {
        try {
            List<String> usages = leaf.getExtendedKeyUsage();
            if (usages != null && usages.contains(oid)) {
                return Optional.empty();
            }
            return Optional.of(new PathValidation.Invalid(PathValidation.Reason.EXTENDED_KEY_USAGE,
                    "the leaf's extended key usage does not include " + oid));
        } catch (CertificateParsingException e) {
            return Optional.of(new PathValidation.Invalid(PathValidation.Reason.INVALID, "unreadable extended key usage"));
        }
    }

    private static PathValidation.Reason reason(CertPathValidatorException e) {
        var reason = e.getReason();
        if (reason == CertPathValidatorException.BasicReason.EXPIRED) {
            return PathValidation.Reason.EXPIRED;
        }
        if (reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return PathValidation.Reason.NOT_YET_VALID;
        }
        if (reason == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
            return PathValidation.Reason.BAD_SIGNATURE;
        }
        if (reason == PKIXReason.NO_TRUST_ANCHOR) {
            return PathValidation.Reason.UNKNOWN_ANCHOR;
        }
        if (reason == PKIXReason.INVALID_KEY_USAGE || reason == PKIXReason.NOT_CA_CERT) {
            return PathValidation.Reason.KEY_USAGE;
        }
        return PathValidation.Reason.INVALID;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
