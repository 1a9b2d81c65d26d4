package io.sigillum.trustregistry.trustedlist;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.trustedlist.TrustedListReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The trusted-list configuration, read again at each import, so that a signer certificate file
 * replaced on disk takes effect without a restart:
 * <ul>
 *   <li>{@code sigillum.trust-registry.trusted-lists.<territory>.signers}: PEM files (comma-separated)
 *       with the certificates a territory's list may be signed with; territories are those named
 *       in {@code sigillum.trust-registry.trusted-lists.territories} (which environment variables
 *       can set) and those found with such a key;</li>
 *   <li>{@code sigillum.trust-registry.lotl.signers}: the same for the list of trusted lists;</li>
 *   <li>{@code sigillum.trust-registry.trusted-lists.anchor-service-types} and
 *       {@code .iaca-service-types}: the service types whose CA certificates become anchors, and
 *       those among them that become IACA anchors;</li>
 *   <li>{@code sigillum.trust-registry.trusted-lists.max-bytes}: the largest list accepted.</li>
 * </ul>
 */
@ApplicationScoped
public class TrustedListSettings {

    static final String PREFIX = "sigillum.trust-registry.trusted-lists.";
    static final String TERRITORIES = PREFIX + "territories";
    static final String LOTL_SIGNERS = "sigillum.trust-registry.lotl.signers";
    static final String MAX_BYTES = PREFIX + "max-bytes";
    static final String ANCHOR_SERVICE_TYPES = PREFIX + "anchor-service-types";
    static final String IACA_SERVICE_TYPES = PREFIX + "iaca-service-types";

    /** TS 119 612 §5.5.1 CA types, and the PID provider type of the EUDI trusted-list drafts. */
    static final String DEFAULT_ANCHOR_SERVICE_TYPES = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC,"
            + "http://uri.etsi.org/TrstSvc/Svctype/CA/PKC,http://uri.etsi.org/TrstSvc/Svctype/NationalRootCA-QC,"
            + "http://uri.etsi.org/Svc/Svctype/Provider/PID";

    private static final Pattern SIGNERS_KEY = Pattern.compile(Pattern.quote(PREFIX) + "([A-Z]{2})\\.signers");
    private static final Pattern TERRITORY = Pattern.compile("[A-Z]{2}");

    private final Config config;

    @Inject
    TrustedListSettings(Config config) {
        this.config = config;
    }

    /** @return the largest list accepted, in bytes */
    public int maxBytes() {
        int max = config.getOptionalValue(MAX_BYTES, Integer.class).orElse(TrustedListReader.DEFAULT_MAX_BYTES);
        if (max < 1 || max == Integer.MAX_VALUE) {
            throw new IllegalStateException(MAX_BYTES + " is from 1 to " + (Integer.MAX_VALUE - 1));
        }
        return max;
    }

    /** @return the certificates each configured territory's list may be signed with, by territory */
    public Map<String, List<X509Certificate>> territorySigners() {
        Set<String> territories = new TreeSet<>(config.getOptionalValues(TERRITORIES, String.class).orElse(List.of())
                .stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        for (String name : config.getPropertyNames()) {
            Matcher key = SIGNERS_KEY.matcher(name);
            if (key.matches()) {
                territories.add(key.group(1));
            }
        }
        Map<String, List<X509Certificate>> signers = new TreeMap<>();
        for (String territory : territories) {
            if (!TERRITORY.matcher(territory).matches()) {
                throw new IllegalStateException(TERRITORIES + " names '" + territory + "', which is not a two-letter territory");
            }
            String key = PREFIX + territory + ".signers";
            signers.put(territory, certificates(key, config.getOptionalValues(key, String.class).orElse(List.of())));
        }
        return signers;
    }

    /** @return the certificates the list of trusted lists may be signed with; empty when none is configured */
    public List<X509Certificate> lotlSigners() {
        return certificates(LOTL_SIGNERS, config.getOptionalValues(LOTL_SIGNERS, String.class).orElse(List.of()));
    }

    /** @return the service types whose CA certificates become anchors */
    public Set<URI> anchorServiceTypes() {
        return uris(ANCHOR_SERVICE_TYPES, DEFAULT_ANCHOR_SERVICE_TYPES);
    }

    /** @return the service types whose self-issued CA certificates become IACA anchors (ISO/IEC 18013-5 B.1.2) */
    public Set<URI> iacaServiceTypes() {
        return uris(IACA_SERVICE_TYPES, "");
    }

    private Set<URI> uris(String key, String defaults) {
        List<String> values = config.getOptionalValues(key, String.class)
                .orElse(defaults.isEmpty() ? List.of() : List.of(defaults.split(",")));
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).map(URI::create).collect(Collectors.toUnmodifiableSet());
    }

    private static List<X509Certificate> certificates(String key, List<String> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : files) {
            if (file.isBlank()) {
                continue;
            }
            try {
                certificates.addAll(Pem.decodeCertificates(Files.readString(Path.of(file.strip()), StandardCharsets.ISO_8859_1)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException(key + ": " + file.strip() + " is not a readable PEM file of certificates", e);
            }
        }
        return List.copyOf(certificates);
    }
}
