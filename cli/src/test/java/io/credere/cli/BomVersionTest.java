package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One source for the version: the BOM (which has no parent, so that importing it pins nothing
 * else) is at the parent's version and lists every published module at {@code
 * ${project.version}}, never a literal.
 */
class BomVersionTest {

  private static final Path ROOT = Path.of(System.getProperty("credere.root.dir", ".."));

  @Test
  void bom_is_at_the_parents_version_and_lists_every_published_module_at_project_version()
      throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    assertThat(child(bom.getDocumentElement(), "version"))
        .isEqualTo(child(parent.getDocumentElement(), "version"));

    TreeSet<String> listed = new TreeSet<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(child(dependency, "version")).as(child(dependency, "artifactId"))
          .isEqualTo("${project.version}");
      listed.add(child(dependency, "artifactId"));
    }
    assertThat(bom.getElementsByTagName("properties").getLength()).as("own version property")
        .isZero();

    TreeSet<String> published = new TreeSet<>();
    for (String module : modules(parent)) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      if (pom.getElementsByTagName("maven.deploy.skip").getLength() == 0
          && !"pom".equals(child(pom.getDocumentElement(), "packaging"))) {
        published.add(child(pom.getDocumentElement(), "artifactId"));
      }
    }
    assertThat(published).contains("credere-core", "credere-collections", "credere-cli");
    assertThat(listed).isEqualTo(published);
  }

  @Test
  void a_published_module_skips_its_javadoc_jar_only_while_it_has_no_class() throws Exception {
    for (String module : modules(read(ROOT.resolve("pom.xml")))) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      NodeList skip = pom.getElementsByTagName("maven.javadoc.skip");
      boolean published = pom.getElementsByTagName("maven.deploy.skip").getLength() == 0;
      if (published && skip.getLength() > 0
          && "true".equals(skip.item(0).getTextContent().trim())) {
        Path sources = ROOT.resolve(module).resolve("src/main/java");
        try (var files = Files.walk(sources)) {
          assertThat(files.filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("package-info.java")))
              .as(module + " has classes: delete its maven.javadoc.skip").isEmpty();
        }
      }
    }
  }

  private static List<String> modules(Document parent) {
    List<String> modules = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName("module");
    for (int i = 0; i < nodes.getLength(); i++) {
      modules.add(nodes.item(i).getTextContent().trim());
    }
    return modules;
  }

  private static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** The text of {@code element}'s direct child {@code name}, or null. */
  private static String child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        return node.getTextContent().trim();
      }
    }
    return null;
  }
}
