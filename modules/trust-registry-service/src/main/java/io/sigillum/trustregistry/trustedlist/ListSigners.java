package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.TrustedListSpec;
import io.sigillum.trustedlist.model.TrustedList;
import jakarta.ws.rs.WebApplicationException;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The certificates lists may be signed with, at one moment: the configured ones of the list of
 * trusted lists, the configured ones of each territory, and those the list of trusted lists held
 * names for each territory (its pointers). A list is read against all of them together; then
 * {@link #authorize} requires that the certificate it verified with is one held for that list:
 * a list of trusted lists by a LoTL signer, a territory's list by one of that territory's.
 *
 * @param lotl       the configured signers of the list of trusted lists
 * @param configured the configured signers, by territory
 * @param pointed    the signers the list of trusted lists held names, by territory
 */
public record ListSigners(List<X509Certificate> lotl, Map<String, List<X509Certificate>> configured,
                   Map<String, List<X509Certificate>> pointed) {

    public ListSigners {
        lotl = List.copyOf(lotl);
        configured = Map.copyOf(configured);
        pointed = Map.copyOf(pointed);
    }

    /** @return whether the list is a list of trusted lists (TS 119 612 §5.3.3) */
    static boolean isLotl(TrustedList list) {
        return URI.create(TrustedListSpec.TSL_TYPE_EU_LIST_OF_THE_LISTS).equals(list.type());
    }

    /** @return every certificate held, each once */
    List<X509Certificate> all() {
        Set<X509Certificate> all = new LinkedHashSet<>(lotl);
        configured.values().forEach(all::addAll);
        pointed.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** @return the certificates the territory's list may be signed with: configured, then pointed to */
    List<X509Certificate> ofTerritory(String territory) {
        Set<X509Certificate> certificates = new LinkedHashSet<>(configured.getOrDefault(territory, List.of()));
        certificates.addAll(pointed.getOrDefault(territory, List.of()));
        return new ArrayList<>(certificates);
    }

    /**
     * @throws WebApplicationException 422: the list is for a territory nothing is held for, or
     *                                 its signer is not one held for that list
     */
    void authorize(TrustedList list) {
        if (isLotl(list)) {
            if (!lotl.contains(list.signer())) {
                throw TrustedListProblems.unknownSigner("A list of trusted lists must be signed with one of "
                        + TrustedListSettings.LOTL_SIGNERS + "; this one is signed by a territory's operator.");
            }
            return;
        }
        List<X509Certificate> territory = ofTerritory(list.territory());
        if (territory.isEmpty()) {
            throw TrustedListProblems.territoryNotConfigured(list.territory());
        }
        if (!territory.contains(list.signer())) {
            throw TrustedListProblems.unknownSigner("The list of " + list.territory() + " is signed with a certificate held"
                    + " for another list, not with one of " + list.territory() + "'s.");
        }
    }
}
