package io.sigillum.e2e.architecture;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The modules of the reactor as the root pom lists them ({@code <modules>}, followed into
 * aggregator poms), keeping those with main sources: the ones that must carry a
 * {@code module-info}. Parents and test-only modules have no {@code src/main/java}.
 */
public final class ReactorModules {

    private ReactorModules() {
    }

    /**
     * @param root the repository root
     * @return the directories of the modules that have {@code src/main/java}, in pom order
     */
    public static List<Path> withMainSources(Path root) {
        List<Path> modules = new ArrayList<>();
        collect(root, modules);
        return List.copyOf(modules);
    }

    private static void collect(Path projectDir, List<Path> found) {
        for (String module : moduleEntries(projectDir.resolve("pom.xml"))) {
            Path dir = projectDir.resolve(module).normalize();
            if (Files.isDirectory(dir.resolve("src/main/java"))) {
                found.add(dir);
            }
            collect(dir, found);
        }
    }

    /** The {@code <module>} entries directly under {@code <project><modules>} (profiles' are not the build's). */
    static List<String> moduleEntries(Path pom) {
        Element project = parse(pom).getDocumentElement();
        List<String> entries = new ArrayList<>();
        for (Element modules : children(project, "modules")) {
            for (Element module : children(modules, "module")) {
                entries.add(module.getTextContent().strip());
            }
        }
        return entries;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
