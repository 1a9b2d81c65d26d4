package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.TrustedListAcceptance;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustregistry.anchor.ListedAnchors;
import io.sigillum.trustregistry.anchor.TrustAnchorRecord;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an import did, as the change log's summary and the import's answer write it: the list
 * (territory, kind, type, sequence numbers, dates, freshness, signer), then for a territory's list
 * the issuers registered, updated, reinstated and suspended, the anchors added and removed and
 * what was skipped and why; for a list of trusted lists, the pointers recorded.
 */
public final class ImportSummary {

    private final Map<String, Object> list = new LinkedHashMap<>();
    private final List<String> registered = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final List<String> reinstated = new ArrayList<>();
    private final List<String> suspended = new ArrayList<>();
    private int unchanged;
    private final List<Map<String, Object>> anchorsAdded = new ArrayList<>();
    private final List<Map<String, Object>> anchorsRemoved = new ArrayList<>();
    private final List<Map<String, Object>> skipped = new ArrayList<>();
    private final List<Map<String, Object>> pointers = new ArrayList<>();
    private final Set<String> touched = new LinkedHashSet<>();

    ImportSummary(TrustedList imported, Long previousSequenceNumber, TrustedListAcceptance.Freshness freshness) {
        list.put("territory", imported.territory());
        list.put("kind", ListSigners.isLotl(imported) ? "lotl" : "list");
        list.put("type", imported.type().toString());
        list.put("sequenceNumber", imported.sequenceNumber());
        if (previousSequenceNumber != null) {
            list.put("previousSequenceNumber", previousSequenceNumber);
        }
        list.put("issuedAt", imported.issuedAt().toString());
        imported.nextUpdate().ifPresent(t -> list.put("nextUpdate", t.toString()));
        list.put("freshness", freshness.name().toLowerCase(Locale.ROOT));
        list.put("signer", ListedAnchors.fingerprint(imported.signer()));
    }

    void registered(String issuer) {
        registered.add(issuer);
        touched.add(issuer);
    }

    void updated(String issuer) {
        updated.add(issuer);
        touched.add(issuer);
    }

    void reinstated(String issuer) {
        reinstated.add(issuer);
        touched.add(issuer);
    }

    void suspended(String issuer) {
        suspended.add(issuer);
        touched.add(issuer);
    }

    void unchanged() {
        unchanged++;
    }

    void anchorAdded(TrustAnchorRecord anchor) {
        anchorsAdded.add(anchor(anchor, null));
        touched.add(anchor.issuerId());
    }

    void anchorRemoved(TrustAnchorRecord anchor, String why) {
        anchorsRemoved.add(anchor(anchor, why));
        touched.add(anchor.issuerId());
    }

    /** A provider, a service of it, or one certificate of a service, not taken, and why. */
    void skipped(String provider, String service, String fingerprint, String why) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("provider", provider);
        if (service != null) {
            entry.put("service", service);
        }
        if (fingerprint != null) {
            entry.put("certificate", fingerprint);
        }
        entry.put("reason", why);
        skipped.add(entry);
    }

    void pointer(String territory, String location, List<X509Certificate> signers) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("territory", territory);
        entry.put("location", location);
        entry.put("signers", signers.stream().map(ListedAnchors::fingerprint).toList());
        pointers.add(entry);
    }

    void pointerSkipped(String location, String why) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("location", location);
        entry.put("reason", why);
        skipped.add(entry);
    }

    /** @return every issuer the import changed */
    Set<String> touched() {
        return touched;
    }

    Map<String, Object> toMap() {
        Map<String, Object> summary = new LinkedHashMap<>(list);
        if ("lotl".equals(list.get("kind"))) {
            summary.put("pointers", pointers);
        } else {
            Map<String, Object> issuers = new LinkedHashMap<>();
            issuers.put("registered", registered);
            issuers.put("updated", updated);
            issuers.put("reinstated", reinstated);
            issuers.put("suspended", suspended);
            issuers.put("unchanged", unchanged);
            summary.put("issuers", issuers);
            Map<String, Object> anchors = new LinkedHashMap<>();
            anchors.put("added", anchorsAdded);
            anchors.put("removed", anchorsRemoved);
            summary.put("anchors", anchors);
        }
        summary.put("skipped", skipped);
        return summary;
    }

    private static Map<String, Object> anchor(TrustAnchorRecord anchor, String why) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("anchor", anchor.id());
        entry.put("issuer", anchor.issuerId());
        anchor.kind().ifPresent(kind -> entry.put("kind", kind));
        entry.put("fingerprint", anchor.fingerprint());
        if (why != null) {
            entry.put("reason", why);
        }
        return entry;
    }
}
