package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListReader;
import io.sigillum.trustedlist.model.TrustedList;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Reasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports a trusted list or a list of trusted lists: reads it with {@code sigillum-trustedlist}
 * (size cap, no DTD or entities, the enveloped signature verified against every certificate held
 * for any list), outside any transaction since that is the slow part, then hands the verified list
 * to {@link TrustedListChanges}, which checks that its signer is one held for that very list and
 * makes the change.
 */
@ApplicationScoped
public class ImportTrustedList {

    private static final Pattern TERRITORY = Pattern.compile("[A-Z]{2}");

    private final TrustedListSettings settings;
    private final ListSignerSource signers;
    private final TrustedListChanges changes;

    @Inject
    ImportTrustedList(TrustedListSettings settings, ListSignerSource signers, TrustedListChanges changes) {
        this.settings = settings;
        this.signers = signers;
        this.changes = changes;
    }

    /**
     * @throws jakarta.ws.rs.WebApplicationException 400, 409, 413 or 422 with the reason; the registry unchanged
     */
    public TrustedListChanges.Outcome run(String actor, String reasonGiven, InputStream xml) {
        String reason = Reasons.required(reasonGiven);
        if (xml == null) {
            throw TrustProblems.invalidRequest("The request body is the trusted list's XML.");
        }
        List<X509Certificate> candidates = signers.current().all();
        if (candidates.isEmpty()) {
            throw TrustedListProblems.nothingConfigured();
        }
        TrustedList list;
        try {
            list = TrustedListReader.withMaxBytes(settings.maxBytes()).read(xml, candidates);
        } catch (TrustedListException e) {
            throw TrustedListProblems.of(e);
        } catch (IOException e) {
            throw TrustProblems.invalidRequest("The request body could not be read.");
        }
        if (!TERRITORY.matcher(list.territory()).matches()) {
            throw TrustedListProblems.badTerritory(list.territory());
        }
        return changes.apply(actor, list, reason);
    }
}
