package io.sigillum.keymanagement.certificate;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IacaRequest;
import io.sigillum.crypto.x509.IntermediateCaRequest;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.keymanagement.backend.GeneratedKey;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackends;
import io.sigillum.keymanagement.backend.StoredKey;
import io.sigillum.keymanagement.backend.software.SoftwareBackend;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The deployment's certificate authorities: a root, an issuing CA under it for the leaves of
 * JWS-signing keys, and an IACA (ISO/IEC 18013-5 Annex B.1.2) for mdoc document signers. Made on
 * the first start (by whichever replica gets there first) with keys wrapped under the master key,
 * and opened from the database on later starts.
 */
@ApplicationScoped
public class CertificateAuthorities {

    static final String ROOT = "root";
    static final String ISSUING = "issuing";
    static final String IACA = "iaca";

    private static final Logger LOG = Logger.getLogger(CertificateAuthorities.class.getName());
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration CA_VALIDITY = Duration.ofDays(10 * 365);

    /** The opened authorities. */
    record Opened(CertificateAuthority root, CertificateAuthority issuing, CertificateAuthority iaca) {
    }

    private final CaStore store;
    private final KeyBackends backends;
    private final CaSettings settings;
    private volatile Opened opened;

    @Inject
    CertificateAuthorities(CaStore store, KeyBackends backends, CaSettings settings) {
        this.store = store;
        this.backends = backends;
        this.settings = settings;
    }

    /** After the schema migration (which runs first), so a broken CA stops the start, not a request. */
    void atStartup(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object started) {
        opened();
    }

    Opened opened() {
        Opened current = opened;
        if (current == null) {
            synchronized (this) {
                if (opened == null) {
                    opened = openOrCreate();
                }
                current = opened;
            }
        }
        return current;
    }

    private Opened openOrCreate() {
        List<CaRecord> records = store.all();
        if (records.isEmpty()) {
            try {
                store.addAll(create());
                LOG.info("made the deployment's certificate authorities (root, issuing, iaca)");
            } catch (RuntimeException raced) {
                // Another replica stored its authorities first; use those.
                LOG.info("another replica made the certificate authorities; using them");
            }
            records = store.all();
        }
        Map<String, CaRecord> byName = records.stream().collect(Collectors.toMap(CaRecord::name, Function.identity()));
        return new Opened(open(byName.get(ROOT)), open(byName.get(ISSUING)), open(byName.get(IACA)));
    }

    private List<CaRecord> create() {
        String organization = settings.organization();
        CertificateAuthority root = CertificateAuthority.selfSigned(organization + " Root CA", ROOT_VALIDITY);
        CertificateAuthority issuing = root.issueIntermediate(new IntermediateCaRequest(
                SubjectName.of(organization + " Issuing CA").withOrganization(organization).withCountry(settings.country()),
                0, CA_VALIDITY));
        CertificateAuthority iaca = CertificateAuthority.iaca(IacaRequest.of(
                SubjectName.of(organization + " IACA").withOrganization(organization).withCountry(settings.country()),
                settings.iacaIssuerUri(), settings.iacaCrl(), CA_VALIDITY));
        Instant now = Instant.now();
        return List.of(record(ROOT, root, now), record(ISSUING, issuing, now), record(IACA, iaca, now));
    }

    private CaRecord record(String name, CertificateAuthority ca, Instant now) {
        GeneratedKey wrapped = software().wrap(new KeyPair(ca.certificate().getPublicKey(), ca.privateKey()), binding(name));
        return new CaRecord(name, DerCertificates.toX5c(ca.chain()), wrapped.wrappedKey(), wrapped.masterKeyId(), now);
    }

    private CertificateAuthority open(CaRecord record) {
        if (record == null) {
            throw new IllegalStateException("the certificate authorities are incomplete in the database");
        }
        List<X509Certificate> chain = DerCertificates.fromX5c(record.chain());
        String kid = Thumbprints.sha256(chain.get(0).getPublicKey());
        StoredKey key = new StoredKey(kid, KeyAlgorithm.ES256, record.wrappedKey(), record.masterKeyId(), null);
        return CertificateAuthority.of(new ArrayList<>(chain), software().signer(key, binding(record.name())));
    }

    private SoftwareBackend software() {
        return (SoftwareBackend) backends.named(SoftwareBackend.NAME);
    }

    private static String binding(String name) {
        return "certificate-authority\0" + name;
    }
}
