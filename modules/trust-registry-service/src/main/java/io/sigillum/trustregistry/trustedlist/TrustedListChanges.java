package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.TrustedListAcceptance;
import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustregistry.changes.Operation;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change a verified list makes, in one transaction under the registry's version lock (see
 * {@link RegistryChanges}): the signer is checked again against what is held now (a list of
 * trusted lists imported meanwhile may have changed the pointers), the sequence number must exceed
 * the held one's ({@link TrustedListAcceptance}), then the territory's providers or the list of
 * lists' pointers are written, the list is held, and the change is logged and announced once.
 * Any refusal rolls all of it back.
 */
@ApplicationScoped
public class TrustedListChanges {

    /**
     * What an import did.
     *
     * @param version  the registry version it made
     * @param held     the list as now held
     * @param pointers for a list of trusted lists, the pointers now held
     * @param summary  the change log's summary
     */
    public record Outcome(long version, HeldListRecord held, List<LotlPointerRecord> pointers, Map<String, Object> summary) {
    }

    private final RegistryChanges changes;
    private final ListSignerSource signers;
    private final HeldLists heldLists;
    private final ListedProviders providers;
    private final ListedPointers pointers;
    private final LotlPointers heldPointers;
    private final Clock clock = Clock.systemUTC();

    @Inject
    TrustedListChanges(RegistryChanges changes, ListSignerSource signers, HeldLists heldLists, ListedProviders providers,
                       ListedPointers pointers, LotlPointers heldPointers) {
        this.changes = changes;
        this.signers = signers;
        this.heldLists = heldLists;
        this.providers = providers;
        this.pointers = pointers;
        this.heldPointers = heldPointers;
    }

    /** @throws jakarta.ws.rs.WebApplicationException 409 (stale, or an identifier taken), 422 (signer) */
    @Transactional
    public Outcome apply(String actor, TrustedList list, String reason) {
        RegistryChanges.Change change = changes.begin();
        signers.current().authorize(list);
        String key = HeldListRecord.keyOf(list);
        Optional<HeldListRecord> held = heldLists.find(key);
        TrustedListAcceptance.Accepted accepted;
        try {
            accepted = held.isEmpty() ? TrustedListAcceptance.at(clock).accept(list)
                    : TrustedListAcceptance.at(clock).accept(list, held.get().territory(), held.get().sequenceNumber());
        } catch (TrustedListException e) {
            throw TrustedListProblems.of(e);
        }
        ImportSummary summary = new ImportSummary(list, held.map(HeldListRecord::sequenceNumber).orElse(null), accepted.freshness());
        if (ListSigners.isLotl(list)) {
            pointers.apply(list, change, summary);
        } else {
            providers.apply(list, change, summary);
        }
        HeldListRecord record = held.orElseGet(() -> heldLists.create(key));
        record.hold(list, actor, change);
        Map<String, Object> written = summary.toMap();
        changes.commitAcrossIssuers(change, actor, Operation.TRUSTED_LIST_IMPORTED, key, summary.touched(), written, reason);
        return new Outcome(change.version(), record, record.lotl() ? heldPointers.all() : List.of(), written);
    }
}
