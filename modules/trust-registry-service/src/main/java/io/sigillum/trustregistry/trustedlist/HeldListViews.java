package io.sigillum.trustregistry.trustedlist;

import io.sigillum.api.trustregistry.model.HeldTrustedList;
import io.sigillum.api.trustregistry.model.TrustedListPointerView;
import io.sigillum.api.trustregistry.model.TrustedListSigner;
import io.sigillum.trustregistry.anchor.ListedAnchors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lists held as the API shows them, with their freshness now: {@code closed} without a next
 * update (TS 119 612 §5.3.15), {@code next_update_passed} once it has passed, else {@code current}.
 */
@ApplicationScoped
public class HeldListViews {

    private final HeldLists lists;
    private final LotlPointers pointers;
    private final Clock clock = Clock.systemUTC();

    @Inject
    HeldListViews(HeldLists lists, LotlPointers pointers) {
        this.lists = lists;
        this.pointers = pointers;
    }

    /** The list of trusted lists first, with its pointers, then the territories' lists by territory. */
    @Transactional
    public List<HeldTrustedList> all() {
        List<HeldListRecord> held = new ArrayList<>(lists.all());
        held.sort(Comparator.comparing((HeldListRecord l) -> !l.lotl()).thenComparing(HeldListRecord::territory));
        List<LotlPointerRecord> pointed = pointers.all();
        return held.stream().map(l -> toApi(l, l.lotl() ? pointed : List.of())).toList();
    }

    public HeldTrustedList toApi(HeldListRecord list, List<LotlPointerRecord> pointed) {
        HeldTrustedList view = new HeldTrustedList().territory(list.territory())
                .kind(list.lotl() ? HeldTrustedList.KindEnum.LOTL : HeldTrustedList.KindEnum.LIST)
                .type(list.listType()).sequenceNumber(list.sequenceNumber()).operatorName(list.operatorName())
                .issuedAt(list.issuedAt().atOffset(ZoneOffset.UTC))
                .nextUpdate(list.nextUpdate().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null))
                .freshness(freshness(list, clock.instant()))
                .importedAt(list.importedAt().atOffset(ZoneOffset.UTC)).importedBy(list.importedBy())
                .version(list.importedVersion()).signer(signer(list.signer()));
        if (list.lotl()) {
            view.pointers(pointed.stream().map(p -> new TrustedListPointerView().territory(p.territory()).location(p.location())
                    .signers(p.signers().stream().map(HeldListViews::signer).toList())).toList());
        } else {
            // The generated model starts with an empty list; a territory's list has no pointers member.
            view.pointers(null);
        }
        return view;
    }

    private static HeldTrustedList.FreshnessEnum freshness(HeldListRecord list, Instant now) {
        if (list.nextUpdate().isEmpty()) {
            return HeldTrustedList.FreshnessEnum.CLOSED;
        }
        return now.isAfter(list.nextUpdate().get()) ? HeldTrustedList.FreshnessEnum.NEXT_UPDATE_PASSED
                : HeldTrustedList.FreshnessEnum.CURRENT;
    }

    private static TrustedListSigner signer(X509Certificate certificate) {
        return new TrustedListSigner().subject(certificate.getSubjectX500Principal().getName())
                .fingerprint(ListedAnchors.fingerprint(certificate));
    }
}
