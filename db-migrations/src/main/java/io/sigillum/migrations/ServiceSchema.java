package io.sigillum.migrations;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The services that own a schema, with the folder their migrations live in and the schema's default name. */
public enum ServiceSchema {
    ISSUANCE("issuance"),
    VERIFICATION("verification"),
    STATUS("status"),
    TRUST_REGISTRY("trust-registry"),
    KEY_MANAGEMENT("key-management");

    private final String service;

    ServiceSchema(String service) {
        this.service = service;
    }

    /** The service's name, also the folder of its migrations: {@code db-migrations/<service>/}. */
    public String service() {
        return service;
    }

    /** The schema's default name: the service's name with underscores, valid unquoted in SQL. */
    public String defaultSchemaName() {
        return service.replace('-', '_');
    }

    /** Where Flyway finds the migrations on the class path. */
    public String location() {
        return "classpath:META-INF/db/migration/" + service;
    }

    /** The schema of the named service, if there is one. */
    public static Optional<ServiceSchema> of(String service) {
        return Arrays.stream(values()).filter(s -> s.service.equals(service)).findFirst();
    }

    /** The service names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ServiceSchema::service).collect(Collectors.joining(", "));
    }
}
