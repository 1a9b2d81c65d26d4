package io.sigillum.trust.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import static io.sigillum.trust.snapshot.SnapshotMembers.*;

/**
 * Writes the canonical form: members in the documented order, optional members omitted rather
 * than null, no white space, UTF-8, issuers and anchors in the snapshot's order. The same
 * snapshot therefore always gives the same bytes, which the ETag is computed over.
 */
final class SnapshotWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SnapshotWriter() {
    }

    static byte[] write(TrustSnapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 2048 * snapshot.issuers().size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField(VERSION, snapshot.version());
            json.writeStringField(GENERATED_AT, Rfc3339.format(snapshot.generatedAt()));
            json.writeArrayFieldStart(ISSUERS);
            for (TrustedIssuer issuer : snapshot.issuers()) {
                issuer(json, issuer);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void issuer(JsonGenerator json, TrustedIssuer issuer) throws IOException {
        json.writeStartObject();
        json.writeStringField(ID, issuer.id());
        json.writeStringField(LEGAL_NAME, issuer.legalName());
        json.writeStringField(COUNTRY, issuer.country());
        json.writeStringField(STATE, issuer.state().name().toLowerCase(Locale.ROOT));
        window(json, issuer.validity());
        json.writeArrayFieldStart(ANCHORS);
        for (Anchor anchor : issuer.anchors()) {
            anchor(json, anchor);
        }
        json.writeEndArray();
        json.writeArrayFieldStart(AUTHORIZATIONS);
        for (Authorization authorization : issuer.authorizations()) {
            json.writeStartObject();
            CredentialType type = authorization.type();
            json.writeStringField(type.format() == CredentialType.Format.SD_JWT_VC ? VCT : DOCTYPE, type.identifier());
            window(json, authorization.validity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void anchor(JsonGenerator json, Anchor anchor) throws IOException {
        json.writeStartObject();
        json.writeStringField(ID, anchor.id());
        switch (anchor) {
            case CertificateAnchor c -> {
                json.writeStringField(TYPE, TYPE_X509);
                json.writeStringField(KIND, c.kind().name().toLowerCase(Locale.ROOT));
                try {
                    json.writeStringField(CERTIFICATE, Base64.getEncoder().encodeToString(c.certificate().getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new IllegalArgumentException("anchor " + anchor.id() + ": the certificate cannot be encoded", e);
                }
            }
            case KeyAnchor k -> {
                json.writeStringField(TYPE, TYPE_JWK);
                json.writeObjectFieldStart(JWK);
                for (Map.Entry<String, String> member : JwkForm.members(k.key()).entrySet()) {
                    json.writeStringField(member.getKey(), member.getValue());
                }
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    /** An unbounded window is omitted, and so is each open end. */
    private static void window(JsonGenerator json, ValidityWindow window) throws IOException {
        if (window.isUnbounded()) {
            return;
        }
        json.writeObjectFieldStart(VALIDITY);
        if (window.notBefore().isPresent()) {
            json.writeStringField(NOT_BEFORE, Rfc3339.format(window.notBefore().get()));
        }
        if (window.notAfter().isPresent()) {
            json.writeStringField(NOT_AFTER, Rfc3339.format(window.notAfter().get()));
        }
        json.writeEndObject();
    }
}
