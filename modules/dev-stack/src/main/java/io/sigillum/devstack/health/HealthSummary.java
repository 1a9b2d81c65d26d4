package io.sigillum.devstack.health;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Condenses a MicroProfile Health response ({@code {"status":"UP","checks":[…]}}) into one short
 * phrase: the overall status, and the names of the checks that are not UP.
 */
public final class HealthSummary {

    private static final int MAX_LENGTH = 80;

    private HealthSummary() {
    }

    /**
     * @param body a health response body
     * @return e.g. {@code UP}, or {@code DOWN: database, broker}, or the start of a body that is not health JSON
     */
    public static String of(String body) {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            return abbreviate(body.strip());
        }
        Object status = json.get("status");
        if (!(status instanceof String overall)) {
            return abbreviate(body.strip());
        }
        List<String> failing = new ArrayList<>();
        if (json.get("checks") instanceof List<?> checks) {
            for (Object check : checks) {
                if (check instanceof Map<?, ?> map && !"UP".equals(map.get("status"))) {
                    failing.add(String.valueOf(map.get("name")));
                }
            }
        }
        return failing.isEmpty() ? overall : abbreviate(overall + ": " + String.join(", ", failing));
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
