package io.sigillum.verification.transaction;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.query.DcqlParser;
import io.sigillum.dcql.query.DcqlQuery;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DCQL queries as the verifier parses them (OpenID4VP 1.0 §6), remembered by their exact text: a
 * relying party asks the same few queries again and again, and each transaction needs its query
 * parsed when it opens and again when the answer comes. Parsed queries are immutable, so one
 * serves every transaction with that text. At most {@link #CAPACITY} are kept; beyond that the
 * memory starts afresh, which costs a parse, never a wrong answer.
 */
@ApplicationScoped
public class DcqlQueries {

    static final int CAPACITY = 512;

    private final Map<String, DcqlQuery> parsed = new ConcurrentHashMap<>();

    /**
     * @param json a {@code dcql_query} JSON object
     * @return the query
     * @throws DcqlException when it breaks a rule of §6, §7 or Appendix B (such a text is not kept)
     */
    public DcqlQuery parse(String json) throws DcqlException {
        DcqlQuery known = parsed.get(json);
        if (known != null) {
            return known;
        }
        DcqlQuery query = DcqlParser.forVerifier().parse(json);
        if (parsed.size() >= CAPACITY) {
            parsed.clear();
        }
        parsed.put(json, query);
        return query;
    }

    /** How many parsed queries are held. */
    int size() {
        return parsed.size();
    }
}
