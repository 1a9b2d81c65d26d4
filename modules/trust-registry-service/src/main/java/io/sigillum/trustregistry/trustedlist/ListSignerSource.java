package io.sigillum.trustregistry.trustedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Gathers the {@link ListSigners} of now: the configuration, and the pointers of the list of trusted lists held. */
@ApplicationScoped
public class ListSignerSource {

    private final TrustedListSettings settings;
    private final LotlPointers pointers;

    @Inject
    ListSignerSource(TrustedListSettings settings, LotlPointers pointers) {
        this.settings = settings;
        this.pointers = pointers;
    }

    @Transactional
    public ListSigners current() {
        return new ListSigners(settings.lotlSigners(), settings.territorySigners(), pointers.signersByTerritory());
    }
}
