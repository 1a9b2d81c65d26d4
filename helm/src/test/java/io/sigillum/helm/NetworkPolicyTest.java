package io.sigillum.helm;

import static io.sigillum.helm.Manifests.PROCESS_PORTS;
import static io.sigillum.helm.Manifests.list;
import static io.sigillum.helm.Manifests.map;
import static io.sigillum.helm.Manifests.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NetworkPolicies, evaluated as Kubernetes does (a pod selected by a policy of a type is
 * isolated for that direction; a connection needs the sender's egress and the receiver's ingress
 * allowed by some rule): exactly the calls of the architecture's service table, plus the
 * database, the broker and DNS, and nothing else.
 */
class NetworkPolicyTest {

    /** The calls of the service table in ARCHITECTURE.md, caller → callee. */
    private static final Set<String> ARCHITECTURE_EDGES = Set.of(
            "gateway->issuance", "gateway->verification", "gateway->status", "gateway->trust-registry", "gateway->key-management",
            "issuance->key-management", "issuance->status",
            "verification->trust-registry", "verification->status", "verification->key-management",
            "status->key-management");
    private static final Set<String> WITH_DATABASE = Set.of(
            "issuance", "verification", "status", "trust-registry", "key-management", "db-migrations");
    private static final String MIGRATIONS = "db-migrations";

    private static final Endpoint OUTSIDE = Endpoint.ip("203.0.113.7");
    private static final Endpoint STRANGER_HERE = Endpoint.pod(Chart.NAMESPACE, Map.of("app", "debug-shell"));
    private static final Endpoint STRANGER_ELSEWHERE = Endpoint.pod("tenant-b", Map.of("app", "web"));
    private static final Endpoint INGRESS_CONTROLLER = Endpoint.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private static final Endpoint PROMETHEUS = Endpoint.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    private static final Endpoint KUBE_DNS = Endpoint.pod("kube-system", Map.of("k8s-app", "kube-dns"));

    @Test
    void theReleaseCallsExactlyTheEdgesOfTheServiceTable() {
        for (String values : new String[] {null, "production-values.yaml"}) {
            Cluster cluster = cluster(values);
            Set<String> allowed = new TreeSet<>();
            cluster.pods.forEach((from, source) -> cluster.pods.forEach((to, target) -> {
                for (int port : PROCESS_PORTS.values()) {
                    if (!from.equals(to) && cluster.allows(source, target, port, "TCP")) {
                        allowed.add(from + "->" + to);
                    }
                }
            }));
            assertEquals(new TreeSet<>(ARCHITECTURE_EDGES), allowed, "with " + (values == null ? "default values" : values));
            // And each call only on the callee's own port.
            for (String edge : ARCHITECTURE_EDGES) {
                String[] ends = edge.split("->");
                Endpoint source = cluster.pods.get(ends[0]);
                Endpoint target = cluster.pods.get(ends[1]);
                PROCESS_PORTS.forEach((process, port) -> assertEquals(process.equals(ends[1]),
                        cluster.allows(source, target, port, "TCP"), edge + " on " + port));
                assertFalse(cluster.allows(source, target, 9999, "TCP"), edge + " on another port");
            }
        }
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideTheRelease() {
        Cluster cluster = cluster(null);
        Endpoint gateway = cluster.pods.get("gateway");
        for (Endpoint client : List.of(OUTSIDE, STRANGER_HERE, STRANGER_ELSEWHERE, INGRESS_CONTROLLER)) {
            assertTrue(cluster.allows(client, gateway, 8443, "TCP"), "gateway from " + client);
            assertFalse(cluster.allows(client, gateway, 9999, "TCP"), "gateway on another port from " + client);
            cluster.pods.forEach((name, pod) -> {
                if (!name.equals("gateway")) {
                    for (int port : PROCESS_PORTS.values()) {
                        assertFalse(cluster.allows(client, pod, port, "TCP"), name + ":" + port + " from " + client);
                    }
                }
            });
        }
        assertFalse(cluster.allows(PROMETHEUS, cluster.pods.get("status"), 8083, "TCP"), "no scraping unless configured");
    }

    @Test
    void gatewayAndMetricsSourcesCanBeNarrowed() {
        Cluster cluster = cluster("production-values.yaml");
        Endpoint gateway = cluster.pods.get("gateway");
        assertTrue(cluster.allows(INGRESS_CONTROLLER, gateway, 8443, "TCP"));
        for (Endpoint client : List.of(OUTSIDE, STRANGER_HERE, STRANGER_ELSEWHERE)) {
            assertFalse(cluster.allows(client, gateway, 8443, "TCP"), "gateway from " + client);
        }
        PROCESS_PORTS.forEach((process, port) -> {
            assertTrue(cluster.allows(PROMETHEUS, cluster.pods.get(process), port, "TCP"), "scraping " + process);
            assertFalse(cluster.allows(PROMETHEUS, cluster.pods.get(process), port + 1000, "TCP"), "scraping " + process + " elsewhere");
        });
        Endpoint otherPrometheus = Endpoint.pod("tenant-b", Map.of("app.kubernetes.io/name", "prometheus"));
        assertFalse(cluster.allows(otherPrometheus, cluster.pods.get("status"), 8083, "TCP"));
    }

    @Test
    void theReleaseReachesOnlyItsDatabaseBrokerAndDns() {
        Cluster cluster = cluster(null);
        Endpoint database = Endpoint.ip("10.1.2.3");
        cluster.pods.forEach((name, pod) -> {
            assertEquals(WITH_DATABASE.contains(name), cluster.allows(pod, database, 5432, "TCP"), name + " to the database");
            assertEquals(!name.equals(MIGRATIONS), cluster.allows(pod, database, 61616, "TCP"), name + " to the broker");
            assertTrue(cluster.allows(pod, KUBE_DNS, 53, "UDP"), name + " to DNS");
            assertTrue(cluster.allows(pod, KUBE_DNS, 53, "TCP"), name + " to DNS over TCP");
            assertFalse(cluster.allows(pod, STRANGER_ELSEWHERE, 53, "UDP"), name + " to another DNS");
            assertFalse(cluster.allows(pod, OUTSIDE, 443, "TCP"), name + " to the internet");
            assertFalse(cluster.allows(pod, STRANGER_HERE, 8080, "TCP"), name + " to a neighbour");
        });
    }

    @Test
    void withAJwksUrlEveryProcessReachesTheIdentityProviderAndNothingElseOutside(@TempDir Path dir) throws IOException {
        Path values = WorkloadsTest.write(dir, """
                jwt:
                  jwksUrl: https://login.example.gov/realms/eudi/certs
                networkPolicy:
                  identityProvider:
                    to: [{ipBlock: {cidr: 198.51.100.0/24}}]
                """);
        Cluster cluster = clusterOf(new Manifests(Chart.renderWithHooks(values)));
        Endpoint identityProvider = Endpoint.ip("198.51.100.20");
        cluster.pods.forEach((name, pod) -> {
            assertEquals(!name.equals(MIGRATIONS), cluster.allows(pod, identityProvider, 443, "TCP"), name + " to the JWKS");
            assertFalse(cluster.allows(pod, identityProvider, 80, "TCP"), name + " to the provider on another port");
            assertFalse(cluster.allows(pod, OUTSIDE, 443, "TCP"), name + " to the internet");
        });
    }

    @Test
    void databaseAndBrokerPeersCanBeNarrowed() {
        Cluster cluster = cluster("production-values.yaml");
        Endpoint database = Endpoint.ip("10.20.0.5");
        Endpoint elsewhere = Endpoint.ip("10.30.0.5");
        Endpoint broker = Endpoint.pod("messaging", Map.of("app", "artemis"));
        cluster.pods.forEach((name, pod) -> {
            assertEquals(WITH_DATABASE.contains(name), cluster.allows(pod, database, 5432, "TCP"), name + " to the database");
            assertFalse(cluster.allows(pod, elsewhere, 5432, "TCP"), name + " to another database");
            assertEquals(!name.equals(MIGRATIONS), cluster.allows(pod, broker, 61616, "TCP"), name + " to the broker");
            assertFalse(cluster.allows(pod, Endpoint.pod("messaging", Map.of("app", "other")), 61616, "TCP"), name);
            assertFalse(cluster.allows(pod, database, 61616, "TCP"), name + " to the broker port elsewhere");
        });
    }

    @Test
    void aDefaultDenyIsolatesEveryPodOfTheRelease() {
        Cluster cluster = cluster(null);
        List<Map<String, Object>> denyAll = cluster.policies.stream()
                .filter(p -> list(p, "spec.ingress").isEmpty() && list(p, "spec.egress").isEmpty())
                .toList();
        assertEquals(1, denyAll.size(), "one default-deny policy");
        Map<String, Object> deny = denyAll.getFirst();
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(list(deny, "spec.policyTypes")));
        cluster.pods.forEach((name, pod) -> {
            assertTrue(Cluster.selects(deny, pod), "default-deny selects " + name);
            assertTrue(cluster.isolated(pod, "Ingress") && cluster.isolated(pod, "Egress"), name);
        });
        assertFalse(Cluster.selects(deny, STRANGER_HERE), "other workloads of the namespace are left alone");
    }

    @Test
    void policiesCanBeTurnedOff(@TempDir Path dir) throws IOException {
        Path values = WorkloadsTest.write(dir, "networkPolicy:\n  enabled: false\n");
        assertEquals(0, new Manifests(Chart.renderWithHooks(values)).ofKind("NetworkPolicy").count());
    }

    private static Cluster cluster(String valuesResource) {
        return clusterOf(new Manifests(Chart.renderWithHooks(valuesResource == null ? null : Chart.resource(valuesResource))));
    }

    private static Cluster clusterOf(Manifests chart) {
        Map<String, Endpoint> pods = new LinkedHashMap<>();
        chart.all().stream().filter(d -> Set.of("Deployment", "Job").contains(d.get("kind"))).forEach(workload -> {
            Map<String, String> labels = Cluster.strings(map(workload, "spec.template.metadata.labels"));
            pods.put(labels.get("app.kubernetes.io/component"), Endpoint.pod(Chart.NAMESPACE, labels));
        });
        assertEquals(7, pods.size(), pods.keySet().toString());
        return new Cluster(pods, chart.ofKind("NetworkPolicy").toList());
    }

    /** A pod (namespace and labels) or an address outside the cluster. */
    record Endpoint(String namespace, Map<String, String> labels, String ip) {

        static Endpoint pod(String namespace, Map<String, String> labels) {
            return new Endpoint(namespace, labels, null);
        }

        static Endpoint ip(String ip) {
            return new Endpoint(null, Map.of(), ip);
        }

        boolean isPod() {
            return ip == null;
        }

        /** Namespaces carry their name as a label, as Kubernetes sets it. */
        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    /** The rendered pods and NetworkPolicies (all in the release namespace). */
    record Cluster(Map<String, Endpoint> pods, List<Map<String, Object>> policies) {

        boolean allows(Endpoint source, Endpoint target, int port, String protocol) {
            return allowsEgress(source, target, port, protocol) && allowsIngress(source, target, port, protocol);
        }

        boolean isolated(Endpoint pod, String type) {
            return policies.stream().anyMatch(p -> selects(p, pod) && list(p, "spec.policyTypes").contains(type));
        }

        private boolean allowsIngress(Endpoint source, Endpoint target, int port, String protocol) {
            if (!target.isPod() || !isolated(target, "Ingress")) {
                return true;
            }
            return policies.stream()
                    .filter(p -> selects(p, target) && list(p, "spec.policyTypes").contains("Ingress"))
                    .flatMap(p -> Manifests.<Map<String, Object>>list(p, "spec.ingress").stream())
                    .anyMatch(rule -> peersMatch(list(rule, "from"), source) && portsMatch(list(rule, "ports"), port, protocol));
        }

        private boolean allowsEgress(Endpoint source, Endpoint target, int port, String protocol) {
            if (!source.isPod() || !isolated(source, "Egress")) {
                return true;
            }
            return policies.stream()
                    .filter(p -> selects(p, source) && list(p, "spec.policyTypes").contains("Egress"))
                    .flatMap(p -> Manifests.<Map<String, Object>>list(p, "spec.egress").stream())
                    .anyMatch(rule -> peersMatch(list(rule, "to"), target) && portsMatch(list(rule, "ports"), port, protocol));
        }

        static boolean selects(Map<String, Object> policy, Endpoint pod) {
            String namespace = string(policy, "metadata.namespace");
            return pod.isPod() && pod.namespace().equals(namespace) && labelsMatch(map(policy, "spec.podSelector"), pod.labels());
        }

        /** An empty peer list admits everyone. */
        private static boolean peersMatch(List<Map<String, Object>> peers, Endpoint endpoint) {
            return peers.isEmpty() || peers.stream().anyMatch(peer -> peerMatches(peer, endpoint));
        }

        private static boolean peerMatches(Map<String, Object> peer, Endpoint endpoint) {
            if (peer.containsKey("ipBlock")) {
                return !endpoint.isPod() && inCidr(endpoint.ip(), string(peer, "ipBlock.cidr"))
                        && Manifests.<String>list(peer, "ipBlock.except").stream().noneMatch(cidr -> inCidr(endpoint.ip(), cidr));
            }
            if (!endpoint.isPod()) {
                return false;
            }
            boolean namespaceMatches = peer.containsKey("namespaceSelector")
                    ? labelsMatch(map(peer, "namespaceSelector"), endpoint.namespaceLabels())
                    : endpoint.namespace().equals(Chart.NAMESPACE);
            boolean podMatches = !peer.containsKey("podSelector") || labelsMatch(map(peer, "podSelector"), endpoint.labels());
            return namespaceMatches && podMatches;
        }

        /** An empty port list admits every port. */
        private static boolean portsMatch(List<Map<String, Object>> ports, int port, String protocol) {
            return ports.isEmpty() || ports.stream().anyMatch(p -> {
                String ruleProtocol = String.valueOf(p.getOrDefault("protocol", "TCP"));
                Object rulePort = p.get("port");
                if (rulePort != null && !(rulePort instanceof Integer)) {
                    throw new AssertionError("named ports are not evaluated here: " + p);
                }
                int from = rulePort == null ? 0 : (Integer) rulePort;
                int to = p.get("endPort") instanceof Integer end ? end : (rulePort == null ? 65535 : from);
                return ruleProtocol.equals(protocol) && port >= from && port <= to;
            });
        }

        private static boolean labelsMatch(Map<String, Object> selector, Map<String, String> labels) {
            if (selector.containsKey("matchExpressions")) {
                throw new AssertionError("matchExpressions are not evaluated here: " + selector);
            }
            return strings(map(selector, "matchLabels")).entrySet().stream()
                    .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }

        private static boolean inCidr(String ip, String cidr) {
            String[] parts = cidr.split("/");
            int bits = Integer.parseInt(parts[1]);
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return (ipv4(ip) & mask) == (ipv4(parts[0]) & mask);
        }

        private static long ipv4(String address) {
            long value = 0;
            for (String octet : address.split("\\.")) {
                value = (value << 8) | Integer.parseInt(octet);
            }
            return value;
        }

        static Map<String, String> strings(Map<String, Object> map) {
            Map<String, String> result = new LinkedHashMap<>();
            map.forEach((key, value) -> result.put(key, String.valueOf(value)));
            return result;
        }
    }
}
