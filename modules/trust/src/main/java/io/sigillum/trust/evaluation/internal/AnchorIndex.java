package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;

import javax.security.auth.x500.X500Principal;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot's anchors, indexed once so that an evaluation is a few hash lookups before PKIX:
 * CA anchors by their identity (subject name and key) and by subject name, pinned leaves by
 * certificate, keys by their SubjectPublicKeyInfo. Immutable, so one index serves every thread.
 */
public final class AnchorIndex {

    /** A PKIX anchor's identity: its name and its key. */
    private record GroupKey(X500Principal subject, String publicKey) {
    }

    private final Map<GroupKey, AnchorGroup> caGroupByIdentity;
    private final Map<X500Principal, List<AnchorGroup>> caGroupsBySubject;
    private final Map<X509Certificate, List<Holder>> pinnedLeaves;
    private final Map<String, List<Holder>> keyHolders;

    private AnchorIndex(Map<GroupKey, AnchorGroup> caGroupByIdentity,
                        Map<X500Principal, List<AnchorGroup>> caGroupsBySubject,
                        Map<X509Certificate, List<Holder>> pinnedLeaves, Map<String, List<Holder>> keyHolders) {
        this.caGroupByIdentity = Map.copyOf(caGroupByIdentity);
        this.caGroupsBySubject = Map.copyOf(caGroupsBySubject);
        this.pinnedLeaves = Map.copyOf(pinnedLeaves);
        this.keyHolders = Map.copyOf(keyHolders);
    }

    /** @return the index of every anchor of the snapshot; holders of one anchor keep snapshot order */
    public static AnchorIndex of(TrustSnapshot snapshot) {
        Map<GroupKey, List<Holder>> caHolders = new LinkedHashMap<>();
        Map<X509Certificate, List<Holder>> pinned = new LinkedHashMap<>();
        Map<String, List<Holder>> keys = new LinkedHashMap<>();
        for (TrustedIssuer issuer : snapshot.issuers()) {
            for (Anchor anchor : issuer.anchors()) {
                Holder holder = new Holder(issuer, anchor);
                switch (anchor) {
                    case CertificateAnchor c when c.isCertificationAuthority() -> {
                        caHolders.computeIfAbsent(identity(c.certificate()), k -> new ArrayList<>()).add(holder);
                    }
                    case CertificateAnchor c -> pinned.computeIfAbsent(c.certificate(), k -> new ArrayList<>()).add(holder);
                    case KeyAnchor k -> keys.computeIfAbsent(encoded(k.key()), x -> new ArrayList<>()).add(holder);
                }
            }
        }
        Map<GroupKey, AnchorGroup> byIdentity = new LinkedHashMap<>();
        Map<X500Principal, List<AnchorGroup>> bySubject = new LinkedHashMap<>();
        caHolders.forEach((key, holders) -> {
            AnchorGroup group = new AnchorGroup(holders);
            byIdentity.put(key, group);
            bySubject.computeIfAbsent(key.subject(), s -> new ArrayList<>()).add(group);
        });
        bySubject.replaceAll((subject, groups) -> List.copyOf(groups));
        pinned.replaceAll((certificate, holders) -> List.copyOf(holders));
        keys.replaceAll((key, holders) -> List.copyOf(holders));
        return new AnchorIndex(byIdentity, bySubject, pinned, keys);
    }

    /**
     * @return the CA anchor group of this certificate's name and key: the registered certificate
     *         itself, or another certificate for the same name and key (a root re-issued with new
     *         dates), which PKIX cannot tell apart from it
     */
    Optional<AnchorGroup> caGroupOf(X509Certificate certificate) {
        return Optional.ofNullable(caGroupByIdentity.get(identity(certificate)));
    }

    /**
     * @return the CA anchor groups whose name is the certificate's issuer name, in snapshot order;
     *         more than one when a CA was re-keyed under the same name, and PKIX then tells which
     *         key signed
     */
    List<AnchorGroup> caGroupsIssuing(X509Certificate certificate) {
        return caGroupsBySubject.getOrDefault(certificate.getIssuerX500Principal(), List.of());
    }

    /** @return the holders of this certificate as a pinned leaf */
    List<Holder> pinnedHolders(X509Certificate certificate) {
        return pinnedLeaves.getOrDefault(certificate, List.of());
    }

    /** @return the holders of this key as a key anchor */
    List<Holder> keyHolders(PublicKey key) {
        return keyHolders.getOrDefault(encoded(key), List.of());
    }

    private static GroupKey identity(X509Certificate certificate) {
        return new GroupKey(certificate.getSubjectX500Principal(), encoded(certificate.getPublicKey()));
    }

    /** Keys compare by their SubjectPublicKeyInfo, whichever provider made the key object. */
    private static String encoded(PublicKey key) {
        return HexFormat.of().formatHex(key.getEncoded());
    }
}
