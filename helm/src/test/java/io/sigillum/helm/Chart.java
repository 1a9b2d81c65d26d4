package io.sigillum.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart under test, driven through real Helm (helm-java): lint and template, with the chart's
 * defaults or with a values file on top of them, as {@code helm lint -f} and {@code helm template -f} do.
 */
final class Chart {

    /** Release name and namespace every rendering uses. */
    static final String RELEASE = "wallet";
    static final String NAMESPACE = "eudi";
    /** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion). */
    static final String KUBE_VERSION = "1.27.0";

    private Chart() {
    }

    /** @return the chart directory, helm/sigillum */
    static Path dir() {
        return Path.of(System.getProperty("sigillum.helm.chart", "sigillum")).toAbsolutePath();
    }

    /** @return a test resource, e.g. production-values.yaml */
    static Path resource(String name) {
        var url = Chart.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code helm lint --strict} with the chart's own values. */
    static LintResult lint() {
        return new Helm(dir()).lint().strict().call();
    }

    /**
     * {@code helm lint --strict -f valuesFile}: helm-java's lint takes no values file, so this lints
     * a copy of the chart whose values.yaml is the defaults with the file merged over them, as Helm
     * merges them (maps deeply, everything else replaced).
     */
    @SuppressWarnings("unchecked")
    static LintResult lint(Path valuesFile) {
        Path copy = copyOfChart();
        try {
            Map<String, Object> defaults = (Map<String, Object>) load(Files.readString(dir().resolve("values.yaml")));
            Object overrides = load(Files.readString(valuesFile));
            Object merged = overrides instanceof Map<?, ?> map ? merge(defaults, (Map<String, Object>) map) : overrides;
            Files.writeString(copy.resolve("values.yaml"), new Yaml().dump(merged));
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(copy);
        }
    }

    /** {@code helm template} with the chart's own values, parsed: one map per document. */
    static List<Map<String, Object>> render() {
        return parse(template().call());
    }

    /** {@code helm template -f valuesFile}, parsed. */
    static List<Map<String, Object>> render(Path valuesFile) {
        return parse(template().withValuesFile(valuesFile).call());
    }

    /**
     * {@code helm template} including the hooks, which helm-java leaves out of its output (it prints
     * only the release manifest): renders a copy of the chart whose templates carry the hook
     * annotations under another name, so Helm takes the hooks for plain resources, then gives the
     * annotations their real names back.
     *
     * @param valuesFile values over the defaults, or null for none
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> renderWithHooks(Path valuesFile) {
        Path copy = copyOfChart();
        try {
            try (Stream<Path> templates = Files.list(copy.resolve("templates"))) {
                for (Path template : (Iterable<Path>) templates::iterator) {
                    Files.writeString(template, Files.readString(template).replace(HOOK_PREFIX, HIDDEN_HOOK_PREFIX));
                }
            }
            var command = new Helm(copy).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
            if (valuesFile != null) {
                command.withValuesFile(valuesFile);
            }
            List<Map<String, Object>> documents = parse(command.call());
            for (Map<String, Object> document : documents) {
                Object annotations = Manifests.at(document, "metadata.annotations");
                if (annotations instanceof Map<?, ?> map) {
                    Map<String, Object> renamed = new LinkedHashMap<>();
                    ((Map<String, Object>) map).forEach((key, value) -> renamed.put(key.replace(HIDDEN_HOOK_PREFIX, HOOK_PREFIX), value));
                    ((Map<String, Object>) document.get("metadata")).put("annotations", renamed);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(copy);
        }
    }

    private static final String HOOK_PREFIX = "helm.sh/hook";
    private static final String HIDDEN_HOOK_PREFIX = "test.sigillum.io/hook";

    /** {@code helm template -f valuesFile} as text; throws what Helm reports. */
    static String renderText(Path valuesFile) {
        return template().withValuesFile(valuesFile).call();
    }

    private static com.marcnuri.helm.TemplateCommand template() {
        return new Helm(dir()).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Object load(String yaml) {
        return new Yaml(new LoaderOptions()).load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> overMap && result.get(key) instanceof Map<?, ?> baseMap) {
                result.put(key, merge((Map<String, Object>) baseMap, (Map<String, Object>) overMap));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static Path copyOfChart() {
        try {
            Path target = Files.createTempDirectory("sigillum-chart").resolve("sigillum");
            try (Stream<Path> files = Files.walk(dir())) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(dir().relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path chartCopy) {
        Path root = chartCopy.getParent();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
