package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.Evaluation.NotTrusted;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, once a chain or key has led to an anchor, which issuer it speaks for and whether that
 * issuer is trusted for the type at the time.
 *
 * <p>One issuer: its state, then its validity, then an authorization for the type that holds at
 * the time. Several issuers holding the anchor (a shared root): each is decided alone; exactly
 * one trusted is the answer; more than one trusted is {@link Reason#AMBIGUOUS_ISSUER}, since
 * which of them issued cannot be told; none trusted answers the refusal of the first issuer, in
 * snapshot order, that holds an authorization for the type, or {@link Reason#TYPE_NOT_AUTHORIZED}.
 * There is no falling back to other anchors: a suspended issuer stays refused even if another
 * anchor further up the chain belongs to an active one.
 */
final class IssuerDecision {

    private IssuerDecision() {
    }

    static Evaluation decide(List<Holder> holders, CredentialType type, Instant at) {
        Map<String, Holder> byIssuer = new LinkedHashMap<>();
        holders.forEach(h -> byIssuer.putIfAbsent(h.issuer().id(), h));
        List<Evaluation> outcomes = new ArrayList<>(byIssuer.size());
        List<Evaluation.Trusted> trusted = new ArrayList<>();
        for (Holder holder : byIssuer.values()) {
            Evaluation outcome = decide(holder, type, at);
            outcomes.add(outcome);
            if (outcome instanceof Evaluation.Trusted t) {
                trusted.add(t);
            }
        }
        if (trusted.size() == 1) {
            return trusted.get(0);
        }
        if (trusted.size() > 1) {
            return NotTrusted.of(Reason.AMBIGUOUS_ISSUER, "the anchor is shared by issuers "
                    + trusted.stream().map(t -> t.issuer().id()).collect(Collectors.joining(", "))
                    + ", each trusted for " + type + "; register a more specific anchor for each");
        }
        if (outcomes.size() == 1) {
            return outcomes.get(0);
        }
        int i = 0;
        for (Holder holder : byIssuer.values()) {
            if (!holder.issuer().authorizationsFor(type).isEmpty()) {
                return outcomes.get(i);
            }
            i++;
        }
        return NotTrusted.of(Reason.TYPE_NOT_AUTHORIZED, "none of the " + byIssuer.size()
                + " issuers holding the anchor is authorized for " + type);
    }

    /** A refusal about the holders' issuer when they are all one issuer, or about no issuer. */
    static NotTrusted concerning(List<Holder> holders, Reason reason, String detail) {
        Optional<String> issuer = holders.stream().map(h -> h.issuer().id()).distinct().count() == 1
                ? Optional.of(holders.get(0).issuer().id()) : Optional.empty();
        return new NotTrusted(reason, issuer, detail);
    }

    private static Evaluation decide(Holder holder, CredentialType type, Instant at) {
        TrustedIssuer issuer = holder.issuer();
        switch (issuer.state()) {
            case WITHDRAWN -> {
                return NotTrusted.of(Reason.ISSUER_WITHDRAWN, issuer.id(), "issuer " + issuer.id() + " is withdrawn");
            }
            case SUSPENDED -> {
                return NotTrusted.of(Reason.ISSUER_SUSPENDED, issuer.id(), "issuer " + issuer.id() + " is suspended");
            }
            case ACTIVE -> {
                // decided by validity and authorizations below
            }
        }
        switch (issuer.validity().positionOf(at)) {
            case BEFORE -> {
                return NotTrusted.of(Reason.NOT_YET_VALID, issuer.id(), "issuer " + issuer.id() + " is not yet trusted at " + at);
            }
            case AFTER -> {
                return NotTrusted.of(Reason.EXPIRED, issuer.id(), "issuer " + issuer.id() + " is no longer trusted at " + at);
            }
            case WITHIN -> {
                // trusted at this time; the type decides
            }
        }
        List<Authorization> authorizations = issuer.authorizationsFor(type);
        if (authorizations.isEmpty()) {
            return NotTrusted.of(Reason.TYPE_NOT_AUTHORIZED, issuer.id(), "issuer " + issuer.id() + " is not authorized for " + type);
        }
        if (authorizations.stream().anyMatch(a -> a.validity().contains(at))) {
            return new Evaluation.Trusted(issuer, holder.anchor());
        }
        boolean allAhead = authorizations.stream()
                .allMatch(a -> a.validity().positionOf(at) == ValidityWindow.Position.BEFORE);
        return allAhead
                ? NotTrusted.of(Reason.NOT_YET_VALID, issuer.id(), "the authorization of " + issuer.id() + " for " + type + " starts after " + at)
                : NotTrusted.of(Reason.EXPIRED, issuer.id(), "the authorization of " + issuer.id() + " for " + type + " had ended at " + at);
    }
}
