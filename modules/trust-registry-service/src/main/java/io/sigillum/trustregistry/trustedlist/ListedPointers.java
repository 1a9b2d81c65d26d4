package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustedlist.model.TrustedListPointer;
import io.sigillum.trustregistry.changes.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records the pointers of a list of trusted lists (TS 119 612 §5.3.13), inside the import's
 * change, one per territory: the certificates of all its pointers (the XML and the PDF form name
 * the same ones, usually) and the location of the XML form where there is one. A pointer without a
 * two-letter territory, to another list of lists, without certificates or with a location longer
 * than 2048 characters is skipped and reported. The pointers replace those held.
 */
@ApplicationScoped
public class ListedPointers {

    private static final Pattern TERRITORY = Pattern.compile("[A-Z]{2}");

    private final LotlPointers pointers;

    @Inject
    ListedPointers(LotlPointers pointers) {
        this.pointers = pointers;
    }

    private static final class Merged {
        private String location;
        private boolean machineProcessable;
        private final Set<X509Certificate> signers = new LinkedHashSet<>();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TrustedList lotl, RegistryChanges.Change change, ImportSummary summary) {
        Map<String, Merged> byTerritory = new LinkedHashMap<>();
        for (TrustedListPointer pointer : lotl.pointers()) {
            String location = pointer.location().toString();
            String territory = pointer.territory().orElse("");
            if (!TERRITORY.matcher(territory).matches()) {
                summary.pointerSkipped(location, "no two-letter SchemeTerritory");
            } else if (pointer.type().map(t -> t.equals(lotl.type())).orElse(false)) {
                summary.pointerSkipped(location, "points to a list of trusted lists");
            } else if (pointer.signingCertificates().isEmpty()) {
                summary.pointerSkipped(location, "names no signing certificate");
            } else if (location.length() > LotlPointerRecord.MAX_LOCATION_LENGTH) {
                summary.pointerSkipped(location.substring(0, 100) + "…", "a location longer than " + LotlPointerRecord.MAX_LOCATION_LENGTH);
            } else {
                Merged merged = byTerritory.computeIfAbsent(territory, t -> new Merged());
                if (merged.location == null || (!merged.machineProcessable && pointer.machineProcessable())) {
                    merged.location = location;
                    merged.machineProcessable = pointer.machineProcessable();
                }
                merged.signers.addAll(pointer.signingCertificates());
            }
        }
        List<LotlPointerRecord> records = new ArrayList<>();
        byTerritory.forEach((territory, merged) -> {
            List<X509Certificate> signers = List.copyOf(merged.signers);
            records.add(new LotlPointerRecord(territory, merged.location, signers, change.version()));
            summary.pointer(territory, merged.location, signers);
        });
        pointers.replaceAll(records);
    }
}
