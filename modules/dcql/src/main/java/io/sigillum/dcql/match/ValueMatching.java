package io.sigillum.dcql.match;

import io.sigillum.dcql.internal.Json;

import java.util.List;

/**
 * §6.3: a claim matches {@code values} when its type and value both equal one of them exactly.
 * Strings compare code unit for code unit, booleans as booleans, integers by value whatever their
 * Java type; a number written with a fraction or exponent is never an integer, and objects, arrays
 * and {@code null} match nothing.
 */
final class ValueMatching {

    private ValueMatching() {
    }

    static boolean matches(Object claim, List<Object> values) {
        for (Object value : values) {
            if (claim instanceof String && claim.equals(value)
                    || claim instanceof Boolean && claim.equals(value)
                    || Json.isInteger(claim) && Json.isInteger(value) && Json.toBigInteger(claim).equals(Json.toBigInteger(value))) {
                return true;
            }
        }
        return false;
    }
}
