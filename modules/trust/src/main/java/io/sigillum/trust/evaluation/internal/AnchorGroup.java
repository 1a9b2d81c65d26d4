package io.sigillum.trust.evaluation.internal;

import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.CertificateAnchor;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The CA anchors with one subject name and one public key: the same anchor as far as PKIX can
 * tell (RFC 5280 §6.1.1 (d) takes the anchor's name and key, nothing else), even when registered
 * as several certificates (a renewed root) or by several issuers (a shared root). Its validator,
 * and the PKIX {@code TrustAnchor}s in it, are built once per snapshot.
 */
final class AnchorGroup {

    private final List<Holder> holders;
    private final CertificatePathValidator validator;

    AnchorGroup(List<Holder> holders) {
        this.holders = List.copyOf(holders);
        this.validator = new CertificatePathValidator(this.holders.stream().map(AnchorGroup::certificate).toList());
    }

    CertificatePathValidator validator() {
        return validator;
    }

    /** @return the holders, in snapshot order */
    List<Holder> holders() {
        return holders;
    }

    /**
     * The JDK's PKIX does not look at the validity of a trust anchor's certificate; a registry
     * that lists an anchor with its certificate means that certificate's period, so it is checked
     * here.
     *
     * @return the holders whose anchor certificate is valid at {@code at}
     * @throws Refusal {@code EXPIRED} or {@code NOT_YET_VALID} when none is
     */
    List<Holder> holdersValidAt(Instant at) throws Refusal {
        return validAt(holders, at);
    }

    static List<Holder> validAt(List<Holder> holders, Instant at) throws Refusal {
        Date date = Date.from(at);
        boolean expired = false;
        List<Holder> valid = new ArrayList<>(holders.size());
        for (Holder holder : holders) {
            try {
                certificate(holder).checkValidity(date);
                valid.add(holder);
            } catch (CertificateExpiredException e) {
                expired = true;
            } catch (CertificateNotYetValidException e) {
                // not yet valid: counted by default below
            }
        }
        if (valid.isEmpty()) {
            String anchorId = holders.get(0).anchor().id();
            throw new Refusal(IssuerDecision.concerning(holders,
                    expired ? Reason.EXPIRED : Reason.NOT_YET_VALID,
                    "the anchor certificate " + anchorId + (expired ? " had expired at " : " was not yet valid at ") + at));
        }
        return valid;
    }

    static X509Certificate certificate(Holder holder) {
        return ((CertificateAnchor) holder.anchor()).certificate();
    }
}
