package io.sigillum.benchmarks.kms;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.benchmarks.measure.HttpLoad;
import io.sigillum.crypto.sign.Verifier;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that answers from under load are right: the key named is the one asked for, there is one
 * signature per input, in order, and each verifies with the public key the service publishes. Done
 * on a sample after the load, not per call, so checking costs the load nothing.
 *
 * @param checked  signatures checked
 * @param failures what was wrong, empty when every checked signature verified
 */
record SignatureCheck(int checked, List<String> failures) {

    /** @return whether something was checked and nothing was wrong */
    boolean passed() {
        return checked > 0 && failures.isEmpty();
    }

    /** @return e.g. {@code 256 ok}, or {@code FAILED} */
    String summary() {
        return passed() ? checked + " ok" : "FAILED";
    }

    static SignatureCheck of(LoadResult result, String kid, PublicKey publicKey) {
        Verifier verifier = Verifier.of(publicKey);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        if (result.samples().isEmpty()) {
            failures.add(result.workload().label() + ": no answer from the measured period to check");
        }
        for (HttpLoad.Sample sample : result.samples()) {
            List<byte[]> inputs = result.workload().inputs().get(sample.call());
            List<String> signatures;
            try {
                signatures = signatures(sample.body(), kid, inputs.size());
            } catch (ParseException | IllegalStateException e) {
                failures.add(result.workload().label() + ": " + e.getMessage());
                continue;
            }
            for (int i = 0; i < inputs.size(); i++) {
                checked++;
                byte[] signature;
                try {
                    signature = Base64.getUrlDecoder().decode(signatures.get(i));
                } catch (IllegalArgumentException e) {
                    failures.add(result.workload().label() + ": signature " + i + " is not base64url");
                    continue;
                }
                if (!verifier.verify(inputs.get(i), signature)) {
                    failures.add(result.workload().label() + ": signature " + i + " of call " + sample.call()
                            + " does not verify with the published key");
                }
            }
        }
        return new SignatureCheck(checked, List.copyOf(failures));
    }

    private static List<String> signatures(byte[] body, String kid, int expected) throws ParseException {
        Map<String, Object> answer = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        String named = JSONObjectUtils.getString(answer, "kid");
        if (!kid.equals(named)) {
            throw new IllegalStateException("the answer names key " + named + ", not " + kid);
        }
        List<String> signatures = answer.containsKey("signatures")
                ? JSONObjectUtils.getStringList(answer, "signatures")
                : Collections.singletonList(JSONObjectUtils.getString(answer, "signature"));
        if (signatures == null || signatures.size() != expected || signatures.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("the answer has " + (signatures == null ? 0 : signatures.size())
                    + " signatures for " + expected + " inputs");
        }
        return signatures;
    }
}
