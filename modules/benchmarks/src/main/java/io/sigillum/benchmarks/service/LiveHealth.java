package io.sigillum.benchmarks.service;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.text.ParseException;
import java.util.Map;

/** Reads what a service's {@code /health/live} answer says about it. */
public final class LiveHealth {

    private LiveHealth() {
    }

    /**
     * @param live the body of {@code /health/live}
     * @return the provider it reports, e.g. {@code AmazonCorrettoCryptoProvider 2.5.0 (fast)}
     */
    public static String provider(String live) {
        try {
            for (Map<String, Object> check : JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(live), "checks")) {
                if ("crypto-provider".equals(check.get("name"))) {
                    Map<String, Object> data = JSONObjectUtils.getJSONObject(check, "data");
                    return data.get("provider") + " " + data.get("version")
                            + (Boolean.TRUE.equals(data.get("fast")) ? " (fast)" : " (jdk)");
                }
            }
        } catch (ParseException | RuntimeException e) {
            // reported below
        }
        return "unknown (/health/live did not say)";
    }
}
