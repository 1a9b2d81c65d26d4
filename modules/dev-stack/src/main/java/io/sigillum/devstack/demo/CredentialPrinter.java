package io.sigillum.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.wallet.store.DisclosedClaim;
import io.sigillum.wallet.store.StoredCredential;

import java.io.IOException;
import java.io.PrintStream;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Prints a received SD-JWT VC the way a person reads it: who signed, what it says, what it discloses. */
final class CredentialPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    CredentialPrinter(PrintStream out) {
        this.out = out;
    }

    void print(StoredCredential credential) {
        String compact = credential.compact();
        out.println("  compact form   " + compact.length() + " characters, " + credential.disclosures().size()
                + " disclosures: " + abbreviate(compact));
        JsonNode header = decode(compact.substring(0, compact.indexOf('.')));
        out.println("  header         typ " + header.path("typ").asText() + ", alg " + header.path("alg").asText()
                + ", kid " + header.path("kid").asText());
        if (header.has("x5c")) {
            X509Certificate leaf = DerCertificates.fromX5c(List.of(header.get("x5c").get(0).asText())).get(0);
            out.println("  signed by      " + leaf.getSubjectX500Principal().getName() + " (x5c, "
                    + header.get("x5c").size() + " certificates, issued by " + leaf.getIssuerX500Principal().getName() + ")");
        }
        out.println("  iss            " + credential.issuer());
        out.println("  vct            " + credential.vct());
        credential.issuedAt().ifPresent(iat -> out.println("  iat            " + iat));
        credential.expiresAt().ifPresent(exp -> out.println("  exp            " + exp));
        credential.status().ifPresent(status -> out.println("  status         " + status.uri() + " #" + status.index()));
        out.println("  holder key     cnf.jwk, a key only this wallet holds");
        out.println("  disclosures (the wallet chooses which to show a verifier):");
        for (DisclosedClaim disclosed : credential.disclosures()) {
            out.println("    " + disclosed.name().map(n -> n + ": ").orElse("[array element]: ") + shown(disclosed.value()));
        }
    }

    private static String shown(Object value) {
        if (value instanceof Map<?, ?> object && object.containsKey("_sd")) {
            return "an object whose members are disclosed one by one";
        }
        if (value instanceof java.util.List<?> array && !array.isEmpty()
                && array.stream().allMatch(e -> e instanceof Map<?, ?> m && m.containsKey("..."))) {
            return "an array whose " + array.size() + " elements are disclosed one by one";
        }
        String text;
        try {
            text = value instanceof Map<?, ?> || value instanceof java.util.List<?> ? JSON.writeValueAsString(value)
                    : String.valueOf(value);
        } catch (IOException e) {
            text = String.valueOf(value);
        }
        return text.length() > 100 ? text.substring(0, 97) + "..." : text;
    }

    private static String abbreviate(String compact) {
        return compact.substring(0, Math.min(48, compact.length())) + "...";
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new IllegalStateException("the credential's header is not JSON", e);
        }
    }
}
