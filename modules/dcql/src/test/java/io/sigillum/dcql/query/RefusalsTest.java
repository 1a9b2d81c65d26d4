package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invalid queries are refused with the reason of the rule they break, and the message says where.
 * Queries are written with single quotes for readability.
 */
class RefusalsTest {

    /** A valid SD-JWT VC Credential Query, with {@code %s} where the test puts its members. */
    private static final String SD_JWT = "{'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': ['urn:eudi:pid:1']}%s}]}";

    private static String sdJwt(String members) {
        return SD_JWT.formatted(members.isEmpty() ? "" : ", " + members);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // §6: the query itself
                Arguments.of("not JSON", "{'credentials': [", Reason.MALFORMED_JSON, "well-formed"),
                Arguments.of("trailing content", sdJwt("") + " {}", Reason.MALFORMED_JSON, "well-formed"),
                Arguments.of("a member twice", "{'credentials': [], 'credentials': []}", Reason.MALFORMED_JSON, "credentials"),
                Arguments.of("not an object", "[]", Reason.WRONG_TYPE, "dcql_query must be an object"),
                Arguments.of("no credentials", "{}", Reason.MISSING_MEMBER, "credentials is REQUIRED"),
                Arguments.of("empty credentials", "{'credentials': []}", Reason.EMPTY_ARRAY, "credentials must be a non-empty array"),
                Arguments.of("a credential query that is not an object", "{'credentials': ['pid']}", Reason.WRONG_TYPE, "credentials[0]"),
                // §6.1: ids
                Arguments.of("duplicate credential ids", "{'credentials': ["
                        + "{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': ['a']}},"
                        + "{'id': 'pid', 'format': 'mso_mdoc', 'meta': {'doctype_value': 'b'}}]}",
                        Reason.DUPLICATE_CREDENTIAL_ID, "credentials[1].id \"pid\""),
                Arguments.of("an id with a space", SD_JWT.formatted("").replace("'pid'", "'my pid'"), Reason.INVALID_ID, "credentials[0].id"),
                Arguments.of("an id with a dot", SD_JWT.formatted("").replace("'pid'", "'eu.pid'"), Reason.INVALID_ID, "alphanumeric"),
                Arguments.of("an id with a non-ASCII letter", SD_JWT.formatted("").replace("'pid'", "'pïd'"), Reason.INVALID_ID, "credentials[0].id"),
                Arguments.of("an empty id", SD_JWT.formatted("").replace("'pid'", "''"), Reason.INVALID_ID, "credentials[0].id"),
                Arguments.of("an id that is a number", SD_JWT.formatted("").replace("'pid'", "7"), Reason.WRONG_TYPE, "credentials[0].id must be a string"),
                Arguments.of("no id", "{'credentials': [{'format': 'dc+sd-jwt', 'meta': {'vct_values': ['a']}}]}", Reason.MISSING_MEMBER, "credentials[0].id is REQUIRED"),
                // §6.1: other members
                Arguments.of("no format", "{'credentials': [{'id': 'pid', 'meta': {}}]}", Reason.MISSING_MEMBER, "credentials[0].format is REQUIRED"),
                Arguments.of("an empty format", "{'credentials': [{'id': 'pid', 'format': '', 'meta': {}}]}", Reason.WRONG_TYPE, "non-empty string"),
                Arguments.of("no meta", "{'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt'}]}", Reason.MISSING_MEMBER, "credentials[0].meta is REQUIRED"),
                Arguments.of("meta not an object", "{'credentials': [{'id': 'pid', 'format': 'x', 'meta': []}]}", Reason.WRONG_TYPE, "credentials[0].meta must be an object"),
                Arguments.of("multiple as a string", sdJwt("'multiple': 'true'"), Reason.WRONG_TYPE, "credentials[0].multiple must be a boolean"),
                Arguments.of("holder binding as a number", sdJwt("'require_cryptographic_holder_binding': 0"), Reason.WRONG_TYPE,
                        "require_cryptographic_holder_binding must be a boolean"),
                // §6.1.1
                Arguments.of("empty trusted_authorities", sdJwt("'trusted_authorities': []"), Reason.EMPTY_ARRAY, "trusted_authorities"),
                Arguments.of("a trusted authority without values", sdJwt("'trusted_authorities': [{'type': 'aki'}]"), Reason.MISSING_MEMBER,
                        "trusted_authorities[0].values is REQUIRED"),
                Arguments.of("a trusted authority with empty values", sdJwt("'trusted_authorities': [{'type': 'aki', 'values': []}]"),
                        Reason.EMPTY_ARRAY, "trusted_authorities[0].values"),
                Arguments.of("a trusted authority value that is not a string", sdJwt("'trusted_authorities': [{'type': 'aki', 'values': [1]}]"),
                        Reason.WRONG_TYPE, "values[0] must be a string"),
                // §6.3, §6.4.1: claims and claim sets
                Arguments.of("empty claims", sdJwt("'claims': []"), Reason.EMPTY_ARRAY, "credentials[0].claims must be a non-empty array"),
                Arguments.of("claims not an array", sdJwt("'claims': {}"), Reason.WRONG_TYPE, "credentials[0].claims must be an array"),
                Arguments.of("a claim without path", sdJwt("'claims': [{'id': 'a'}]"), Reason.MISSING_MEMBER, "claims[0].path is REQUIRED"),
                Arguments.of("claim_sets without claims", sdJwt("'claim_sets': [['a']]"), Reason.CLAIM_SETS_WITHOUT_CLAIMS, "claim_sets"),
                Arguments.of("claim_sets with a claim without id", sdJwt("'claims': [{'id': 'a', 'path': ['x']}, {'path': ['y']}], 'claim_sets': [['a']]"),
                        Reason.CLAIM_ID_MISSING, "claims[1].id is REQUIRED"),
                Arguments.of("claim_sets naming an unknown claim", sdJwt("'claims': [{'id': 'a', 'path': ['x']}], 'claim_sets': [['a', 'b']]"),
                        Reason.UNKNOWN_CLAIM_ID, "claim_sets[0][1] \"b\""),
                Arguments.of("empty claim_sets", sdJwt("'claims': [{'id': 'a', 'path': ['x']}], 'claim_sets': []"), Reason.EMPTY_ARRAY, "claim_sets"),
                Arguments.of("a claim set that is not an array", sdJwt("'claims': [{'id': 'a', 'path': ['x']}], 'claim_sets': ['a']"),
                        Reason.WRONG_TYPE, "claim_sets[0] must be an array"),
                Arguments.of("duplicate claim ids", sdJwt("'claims': [{'id': 'a', 'path': ['x']}, {'id': 'a', 'path': ['y']}]"),
                        Reason.DUPLICATE_CLAIM_ID, "claims[1].id \"a\""),
                Arguments.of("a claim id with a slash", sdJwt("'claims': [{'id': 'a/b', 'path': ['x']}]"), Reason.INVALID_ID, "claims[0].id"),
                Arguments.of("the same claim twice", sdJwt("'claims': [{'path': ['address', 'locality']}, {'path': ['address', 'locality']}]"),
                        Reason.DUPLICATE_CLAIM_PATH, "claims[1].path [\"address\",\"locality\"]"),
                // §7: claims path pointers
                Arguments.of("a negative index", sdJwt("'claims': [{'path': ['nationalities', -1]}]"), Reason.INVALID_PATH,
                        "claims[0].path[1] is -1"),
                Arguments.of("a fractional index", sdJwt("'claims': [{'path': ['nationalities', 1.5]}]"), Reason.INVALID_PATH,
                        "claims[0].path[1] is a number with a fraction or exponent"),
                Arguments.of("an index written as a float", sdJwt("'claims': [{'path': ['nationalities', 1.0]}]"), Reason.INVALID_PATH,
                        "fraction or exponent"),
                Arguments.of("an index with an exponent", sdJwt("'claims': [{'path': ['nationalities', 1e0]}]"), Reason.INVALID_PATH,
                        "fraction or exponent"),
                Arguments.of("an index beyond any array", sdJwt("'claims': [{'path': ['nationalities', 4294967296]}]"), Reason.INVALID_PATH,
                        "largest array index"),
                Arguments.of("a boolean component", sdJwt("'claims': [{'path': ['a', true]}]"), Reason.INVALID_PATH, "a boolean"),
                Arguments.of("an object component", sdJwt("'claims': [{'path': [{}]}]"), Reason.INVALID_PATH, "an object"),
                Arguments.of("an empty path", sdJwt("'claims': [{'path': []}]"), Reason.INVALID_PATH, "non-empty array"),
                Arguments.of("a path that is a string", sdJwt("'claims': [{'path': 'address.locality'}]"), Reason.INVALID_PATH,
                        "must be an array"),
                Arguments.of("an mdoc path of three components", "{'credentials': [{'id': 'mdl', 'format': 'mso_mdoc', 'meta': {'doctype_value': "
                        + "'org.iso.18013.5.1.mDL'}, 'claims': [{'path': ['org.iso.18013.5.1', 'driving_privileges', 0]}]}]}",
                        Reason.INVALID_MDOC_PATH, "§7.2.1"),
                Arguments.of("an mdoc path with a null", "{'credentials': [{'id': 'mdl', 'format': 'mso_mdoc', 'meta': {'doctype_value': "
                        + "'org.iso.18013.5.1.mDL'}, 'claims': [{'path': ['org.iso.18013.5.1', null]}]}]}", Reason.INVALID_MDOC_PATH, "two strings"),
                Arguments.of("intent_to_retain not a boolean", "{'credentials': [{'id': 'mdl', 'format': 'mso_mdoc', 'meta': {'doctype_value': "
                        + "'org.iso.18013.5.1.mDL'}, 'claims': [{'path': ['ns', 'e'], 'intent_to_retain': 'yes'}]}]}", Reason.WRONG_TYPE,
                        "intent_to_retain must be a boolean"),
                // §6.3: values
                Arguments.of("values of object type", sdJwt("'claims': [{'path': ['address'], 'values': [{'locality': 'Köln'}]}]"),
                        Reason.INVALID_VALUES, "claims[0].values[0] is an object"),
                Arguments.of("values of array type", sdJwt("'claims': [{'path': ['a'], 'values': [['x']]}]"), Reason.INVALID_VALUES, "an array"),
                Arguments.of("a float among values", sdJwt("'claims': [{'path': ['a'], 'values': [18, 18.5]}]"), Reason.INVALID_VALUES,
                        "values[1] is a number with a fraction"),
                Arguments.of("null among values", sdJwt("'claims': [{'path': ['a'], 'values': [null]}]"), Reason.INVALID_VALUES, "is null"),
                Arguments.of("empty values", sdJwt("'claims': [{'path': ['a'], 'values': []}]"), Reason.EMPTY_ARRAY, "values must be a non-empty array"),
                Arguments.of("values not an array", sdJwt("'claims': [{'path': ['a'], 'values': 'x'}]"), Reason.WRONG_TYPE, "values must be an array"),
                // Appendix B: meta per format
                Arguments.of("an SD-JWT VC query without vct_values", "{'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {}}]}",
                        Reason.INVALID_META, "Appendix B.3.5"),
                Arguments.of("empty vct_values", "{'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': []}}]}",
                        Reason.INVALID_META, "vct_values"),
                Arguments.of("vct_values of a number", "{'credentials': [{'id': 'pid', 'format': 'dc+sd-jwt', 'meta': {'vct_values': [1]}}]}",
                        Reason.INVALID_META, "vct_values[0]"),
                Arguments.of("an mdoc query without doctype_value", "{'credentials': [{'id': 'mdl', 'format': 'mso_mdoc', 'meta': {}}]}",
                        Reason.INVALID_META, "Appendix B.2.3"),
                Arguments.of("doctype_value as an array", "{'credentials': [{'id': 'mdl', 'format': 'mso_mdoc', 'meta': {'doctype_value': ['x']}}]}",
                        Reason.INVALID_META, "doctype_value must be a string"),
                Arguments.of("a W3C query with an empty type alternative", "{'credentials': [{'id': 'vc', 'format': 'jwt_vc_json', "
                        + "'meta': {'type_values': [[]]}}]}", Reason.INVALID_META, "type_values[0]"),
                // §6.2: credential sets
                Arguments.of("empty credential_sets", sdJwt("") .replace("}]}", "}], 'credential_sets': []}"), Reason.EMPTY_ARRAY, "credential_sets"),
                Arguments.of("a set without options", sdJwt("").replace("}]}", "}], 'credential_sets': [{'required': true}]}"),
                        Reason.MISSING_MEMBER, "credential_sets[0].options is REQUIRED"),
                Arguments.of("empty options", sdJwt("").replace("}]}", "}], 'credential_sets': [{'options': []}]}"), Reason.EMPTY_ARRAY,
                        "credential_sets[0].options"),
                Arguments.of("an empty option", sdJwt("").replace("}]}", "}], 'credential_sets': [{'options': [[]]}]}"), Reason.EMPTY_ARRAY,
                        "credential_sets[0].options[0]"),
                Arguments.of("an option naming an unknown query", sdJwt("").replace("}]}", "}], 'credential_sets': [{'options': [['pid', 'mdl']]}]}"),
                        Reason.UNKNOWN_CREDENTIAL_ID, "credential_sets[0].options[0][1] \"mdl\""),
                Arguments.of("required as a string", sdJwt("").replace("}]}", "}], 'credential_sets': [{'options': [['pid']], 'required': 'no'}]}"),
                        Reason.WRONG_TYPE, "credential_sets[0].required must be a boolean"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefused(String what, String query, Reason reason, String messagePart) {
        DcqlException refused = assertThrows(DcqlException.class, () -> DcqlQuery.parse(query.replace('\'', '"')), what);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains(messagePart), "\"" + refused.getMessage() + "\" should say " + messagePart);
    }

    @Test
    void aWalletToleratesTheSameClaimTwice() throws DcqlException {
        String query = sdJwt("'claims': [{'path': ['given_name']}, {'path': ['given_name']}]").replace('\'', '"');
        assertEquals(2, DcqlParser.forWallet().parse(query).credentials().getFirst().claims().orElseThrow().size());
        assertEquals(Reason.DUPLICATE_CLAIM_PATH, assertThrows(DcqlException.class, () -> DcqlParser.forVerifier().parse(query)).reason());
    }

    @Test
    void unknownMembersAreIgnoredEverywhere() throws DcqlException {
        // §6: "Implementations MUST ignore any unknown properties." purpose was a Credential Set Query
        // member in drafts; 1.0 does not define it.
        DcqlQuery query = DcqlQuery.parse("""
                {"credentials": [{"id": "pid", "format": "dc+sd-jwt", "future": 1,
                                  "meta": {"vct_values": ["urn:eudi:pid:1"], "extension": {}},
                                  "claims": [{"path": ["given_name"], "intent_to_retain": "not mdoc, so unknown"}]}],
                 "credential_sets": [{"options": [["pid"]], "purpose": "To open an account"}],
                 "also_unknown": [null]}""");
        assertEquals(new CredentialMeta.SdJwtVc(List.of("urn:eudi:pid:1")), query.credentials().getFirst().meta());
        assertEquals(Optional.empty(), query.credentials().getFirst().claims().orElseThrow().getFirst().intentToRetain());
    }

    @Test
    void theOptionalMembersAreRead() throws DcqlException {
        DcqlQuery query = DcqlQuery.parse("""
                {"credentials": [{"id": "mdl", "format": "mso_mdoc", "multiple": true, "require_cryptographic_holder_binding": false,
                                  "meta": {"doctype_value": "org.iso.18013.5.1.mDL"},
                                  "trusted_authorities": [{"type": "aki", "values": ["s9tIpPmhxdiuNkHMEWNpYim8S8Y"]}],
                                  "claims": [{"id": "age", "path": ["org.iso.18013.5.1", "age_over_18"], "values": [true],
                                              "intent_to_retain": false},
                                             {"id": "n", "path": ["org.iso.18013.5.1", "age_in_years"], "values": [18, 99999999999999999999]}],
                                  "claim_sets": [["age"], ["n"], []]}]}""");
        CredentialQuery mdl = query.credentials().getFirst();
        assertTrue(mdl.multiple());
        assertEquals(false, mdl.requireCryptographicHolderBinding());
        assertEquals(List.of(new TrustedAuthoritiesQuery("aki", List.of("s9tIpPmhxdiuNkHMEWNpYim8S8Y"))), mdl.trustedAuthorities().orElseThrow());
        assertEquals(Optional.of(false), mdl.claim("age").orElseThrow().intentToRetain());
        assertEquals(Optional.of(List.of(true)), mdl.claim("age").orElseThrow().values());
        assertEquals(Optional.of(List.of(18L, new BigInteger("99999999999999999999"))), mdl.claim("n").orElseThrow().values());
        // The specification does not require a claim set to be non-empty: an empty one asks for no claim.
        assertEquals(List.of(List.of("age"), List.of("n"), List.of()), mdl.claimSets().orElseThrow());
    }

    @Test
    void anUnknownFormatKeepsItsMetaAsParsed() throws DcqlException {
        DcqlQuery query = DcqlQuery.parse("""
                {"credentials": [{"id": "x", "format": "example+format", "meta": {"anything": [1, "two"]},
                                  "claims": [{"path": ["a", null, 0]}]}]}""");
        CredentialQuery credential = query.credentials().getFirst();
        assertEquals(new CredentialMeta.Other(Map.of("anything", List.of(1, "two"))), credential.meta());
        assertEquals(ClaimsPathPointer.of("a", null, 0), credential.claims().orElseThrow().getFirst().path());
        assertTrue(credential.claims().orElseThrow().getFirst().path().hasWildcard());
    }

    @Test
    void anAlreadyParsedQueryIsReadWithTheSameRules() {
        Map<String, Object> tree = Map.of("credentials", List.of(Map.of("id", "pid", "format", "dc+sd-jwt",
                "meta", Map.of("vct_values", List.of("urn:eudi:pid:1")), "claims", List.of(Map.of("path", List.of("a", -2L))))));
        assertEquals(Reason.INVALID_PATH, assertThrows(DcqlException.class, () -> DcqlParser.forVerifier().read(tree)).reason());
    }
}
