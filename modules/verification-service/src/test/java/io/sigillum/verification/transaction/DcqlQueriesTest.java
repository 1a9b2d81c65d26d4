package io.sigillum.verification.transaction;

import io.sigillum.dcql.DcqlException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DcqlQueriesTest {

    private final DcqlQueries queries = new DcqlQueries();

    @Test
    void theSameTextGivesTheSameParsedQuery() throws DcqlException {
        String json = query("pid");
        assertSame(queries.parse(json), queries.parse(json));
        assertNotSame(queries.parse(json), queries.parse(query("other")));
        assertEquals("other", queries.parse(query("other")).credentials().getFirst().id());
    }

    @Test
    void aQueryThatBreaksTheRulesIsRefusedEveryTimeAndNotKept() {
        String noCredentials = "{\"credentials\":[]}";
        assertThrows(DcqlException.class, () -> queries.parse(noCredentials));
        assertThrows(DcqlException.class, () -> queries.parse(noCredentials));
        assertEquals(0, queries.size());
    }

    @Test
    void memoryIsBounded() throws DcqlException {
        for (int i = 0; i <= DcqlQueries.CAPACITY; i++) {
            queries.parse(query("q" + i));
        }
        assertEquals(1, queries.size(), "full, it starts afresh with the newest");
        assertEquals("q0", queries.parse(query("q0")).credentials().getFirst().id(), "an evicted text is parsed again");
    }

    private static String query(String id) {
        return "{\"credentials\":[{\"id\":\"" + id + "\",\"format\":\"dc+sd-jwt\",\"meta\":{\"vct_values\":[\"urn:eudi:pid:1\"]},"
                + "\"claims\":[{\"path\":[\"given_name\"]}]}]}";
    }
}
