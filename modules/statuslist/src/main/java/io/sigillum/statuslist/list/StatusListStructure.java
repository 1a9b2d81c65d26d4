package io.sigillum.statuslist.list;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code StatusList} structure of draft §4.2 (JSON) and §4.3 (CBOR): the list and, optionally,
 * where to find the Status List Aggregation (§9).
 *
 * @param list           the list
 * @param aggregationUri the {@code aggregation_uri}, if any
 */
public record StatusListStructure(StatusList list, Optional<URI> aggregationUri) {

    /** Checks the fields. */
    public StatusListStructure {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(aggregationUri, "aggregationUri");
    }

    /** @return the structure of a list without an aggregation URI */
    public static StatusListStructure of(StatusList list) {
        return new StatusListStructure(list, Optional.empty());
    }
}
