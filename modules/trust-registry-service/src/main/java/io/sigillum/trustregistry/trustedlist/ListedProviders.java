package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trustedlist.model.TrustService;
import io.sigillum.trustedlist.model.TrustServiceProvider;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.anchor.ListedAnchors;
import io.sigillum.trustregistry.anchor.TrustAnchorRecord;
import io.sigillum.trustregistry.anchor.TrustAnchors;
import io.sigillum.trustregistry.changes.RegistryChanges;
import io.sigillum.trustregistry.issuer.ListedIssuers;
import io.sigillum.trustregistry.issuer.TrustedIssuerRecord;
import io.sigillum.trustregistry.issuer.TrustedIssuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the registry in line with a territory's list, inside the import's change:
 * <ul>
 *   <li>each provider with a service of an anchor type is an issuer ({@link ProviderIdentifiers}),
 *       country the territory, legal name its name; active when one such service has a trusted
 *       status, else suspended;</li>
 *   <li>its anchors taken from the list are the CA certificates of those trusted services
 *       ({@link ServiceAnchors}): missing ones are added, ones no longer listed are removed;
 *       anchors an administrator added are left alone;</li>
 *   <li>an issuer of the territory's list that is no longer on it is suspended, its list anchors removed;</li>
 *   <li>a withdrawn issuer is left as it is (withdrawal is final, and the administrators'); an
 *       identifier taken by an issuer not of this territory's list refuses the whole import (409).</li>
 * </ul>
 * Authorizations are never touched: a trusted list does not say which credential types a provider
 * may issue.
 */
@ApplicationScoped
public class ListedProviders {

    private final TrustedListSettings settings;
    private final TrustedIssuers issuers;
    private final ListedIssuers listedIssuers;
    private final TrustAnchors anchors;
    private final ListedAnchors listedAnchors;

    @Inject
    ListedProviders(TrustedListSettings settings, TrustedIssuers issuers, ListedIssuers listedIssuers,
                    TrustAnchors anchors, ListedAnchors listedAnchors) {
        this.settings = settings;
        this.issuers = issuers;
        this.listedIssuers = listedIssuers;
        this.anchors = anchors;
        this.listedAnchors = listedAnchors;
    }

    /** A provider as the registry takes it: one issuer, possibly from several entries with one identifier. */
    private record Provider(String id, String legalName, boolean ofAnchorType, boolean trusted,
                            Map<String, ServiceAnchors.Planned> anchors) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TrustedList list, RegistryChanges.Change change, ImportSummary summary) {
        String territory = list.territory();
        ServiceAnchors mapping = new ServiceAnchors(settings.anchorServiceTypes(), settings.iacaServiceTypes());
        Map<String, List<TrustServiceProvider>> byId = new LinkedHashMap<>();
        for (TrustServiceProvider provider : list.providers()) {
            byId.computeIfAbsent(ProviderIdentifiers.of(territory, provider), id -> new ArrayList<>()).add(provider);
        }
        Set<String> listed = new HashSet<>();
        for (Map.Entry<String, List<TrustServiceProvider>> entry : byId.entrySet()) {
            Provider provider = plan(entry.getKey(), entry.getValue(), territory, mapping, summary);
            if (provider != null) {
                listed.add(provider.id());
                apply(provider, territory, change, summary);
            }
        }
        for (TrustedIssuerRecord issuer : listedIssuers.ofList(territory)) {
            if (!listed.contains(issuer.id()) && !issuer.withdrawn()) {
                // An issuer whose provider is gone, or no longer has a service of an anchor type.
                apply(new Provider(issuer.id(), issuer.legalName(), false, false, Map.of()), territory, change, summary);
            }
        }
    }

    private Provider plan(String id, List<TrustServiceProvider> entries, String territory, ServiceAnchors mapping,
                          ImportSummary summary) {
        String name = entries.getFirst().name();
        String legalName = name.strip();
        try {
            new TrustedIssuer(id, legalName, territory, IssuerState.ACTIVE, ValidityWindow.UNBOUNDED, List.of(), List.of());
        } catch (IllegalArgumentException e) {
            summary.skipped(name, null, null, "the provider cannot be an issuer: " + e.getMessage());
            return null;
        }
        boolean ofAnchorType = false;
        boolean trusted = false;
        Map<String, ServiceAnchors.Planned> planned = new LinkedHashMap<>();
        for (TrustServiceProvider entry : entries) {
            for (TrustService service : entry.services()) {
                ServiceAnchors.Mapping mapped = mapping.map(service);
                ofAnchorType |= mapped.ofAnchorType();
                trusted |= mapped.trusted();
                mapped.anchors().forEach(a -> planned.putIfAbsent(a.fingerprint(), a));
                mapped.skipped().forEach(s -> summary.skipped(entry.name(), service.name(), s.fingerprint(), s.reason()));
            }
        }
        if (!ofAnchorType && issuers.find(id).isEmpty()) {
            summary.skipped(name, null, null, "no service of an anchor service type: not an issuer");
            return null;
        }
        return new Provider(id, legalName, ofAnchorType, trusted, planned);
    }

    private void apply(Provider provider, String territory, RegistryChanges.Change change, ImportSummary summary) {
        IssuerState state = provider.trusted() ? IssuerState.ACTIVE : IssuerState.SUSPENDED;
        TrustedIssuerRecord issuer = issuers.find(provider.id()).orElse(null);
        boolean changed;
        if (issuer == null) {
            issuer = listedIssuers.register(provider.id(), provider.legalName(), territory, state, change);
            summary.registered(issuer.id());
            changed = true;
        } else {
            if (!territory.equals(issuer.listTerritory().orElse(null))) {
                throw TrustProblems.conflict("The identifier " + TrustProblems.printable(issuer.id()) + " of a provider of the list"
                        + " of " + territory + " is taken by an issuer that was not imported from that list.");
            }
            if (issuer.withdrawn()) {
                summary.skipped(provider.legalName(), null, null, "issuer " + issuer.id() + " is withdrawn in the registry: left as it is");
                return;
            }
            boolean renamed = listedIssuers.rename(issuer, provider.legalName());
            IssuerState from = issuer.issuerState();
            if (from != state) {
                listedIssuers.state(issuer, state);
                if (state == IssuerState.ACTIVE) {
                    summary.reinstated(issuer.id());
                } else {
                    summary.suspended(issuer.id());
                }
            } else if (renamed) {
                summary.updated(issuer.id());
            }
            changed = renamed || from != state;
        }
        boolean anchorsChanged = anchors(provider, issuer.id(), territory, change, summary);
        if (changed || anchorsChanged) {
            if (!changed) {
                summary.updated(issuer.id());
            }
            issuer.changedAt(change.version(), change.at());
        } else {
            summary.unchanged();
        }
    }

    /** @return whether an anchor was added or removed */
    private boolean anchors(Provider provider, String issuerId, String territory, RegistryChanges.Change change,
                            ImportSummary summary) {
        boolean changed = false;
        Map<String, TrustAnchorRecord> held = new LinkedHashMap<>();
        for (TrustAnchorRecord anchor : anchors.currentOfIssuer(issuerId)) {
            held.put(anchor.fingerprint(), anchor);
        }
        for (TrustAnchorRecord anchor : List.copyOf(held.values())) {
            if (!territory.equals(anchor.listTerritory().orElse(null))) {
                continue;
            }
            ServiceAnchors.Planned planned = provider.anchors().get(anchor.fingerprint());
            if (planned == null || !planned.kind().name().equalsIgnoreCase(anchor.kind().orElse(""))) {
                listedAnchors.remove(anchor, change);
                summary.anchorRemoved(anchor, planned == null ? "no longer a certificate of a trusted service of an anchor type"
                        : "its kind is now " + planned.kind().name().toLowerCase(java.util.Locale.ROOT));
                held.remove(anchor.fingerprint());
                changed = true;
            }
        }
        for (ServiceAnchors.Planned planned : provider.anchors().values()) {
            if (held.containsKey(planned.fingerprint())) {
                continue;
            }
            String id = listedAnchors.freeId(anchorId(territory, issuerId, planned.fingerprint()), change);
            summary.anchorAdded(listedAnchors.add(new CertificateAnchor(id, planned.kind(), planned.certificate()),
                    issuerId, territory, change));
            changed = true;
        }
        return changed;
    }

    /** {@code tl-<territory>-<32 hex digits>}: SHA-256 of the issuer and the certificate, so a certificate shared by issuers gets one id each. */
    static String anchorId(String territory, String issuerId, String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((issuerId + "\n" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return "tl-" + territory + "-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
