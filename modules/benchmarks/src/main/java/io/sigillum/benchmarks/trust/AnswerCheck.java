package io.sigillum.benchmarks.trust;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.benchmarks.measure.HttpLoad;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks answers from under load: each sampled {@code POST /evaluations} answer must say trusted,
 * by the measured issuer, through its root. Done on a sample after the load, so it costs the load
 * nothing.
 *
 * @param checked  answers checked
 * @param failures what was wrong, empty when every checked answer was right
 */
record AnswerCheck(int checked, List<String> failures) {

    /** @return e.g. {@code 16 ok}, or {@code FAILED} */
    String summary() {
        return checked > 0 && failures.isEmpty() ? checked + " ok" : "FAILED";
    }

    static AnswerCheck of(String row, HttpLoad.Result result, String issuer, String anchor) {
        List<String> failures = new ArrayList<>();
        if (result.samples().isEmpty()) {
            failures.add(row + ": no answer from the measured period to check");
        }
        for (HttpLoad.Sample sample : result.samples()) {
            String body = new String(sample.body(), StandardCharsets.UTF_8);
            try {
                Map<String, Object> answer = JSONObjectUtils.parse(body);
                Map<String, Object> named = JSONObjectUtils.getJSONObject(answer, "issuer");
                if (!Boolean.TRUE.equals(answer.get("trusted")) || named == null || !issuer.equals(named.get("id"))
                        || !anchor.equals(answer.get("anchor"))) {
                    failures.add(row + ": chain " + sample.call() + " was not trusted by " + issuer + " through "
                            + anchor + ": " + body);
                }
            } catch (ParseException e) {
                failures.add(row + ": chain " + sample.call() + ": the answer is not JSON: " + body);
            }
        }
        return new AnswerCheck(result.samples().size(), List.copyOf(failures));
    }
}
