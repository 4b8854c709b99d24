package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host compiling with {@code -Xlint:all -Werror} against Credere's published modules gets no
 * warning from Credere's classes. The host class names every public type of every published
 * module (so javac reads each class file and its annotations), on the classpath a host gets by
 * depending on them: the modules and their compile and runtime dependencies, without the
 * Immutables annotation processor (a {@code provided} dependency of ours, never a host's).
 *
 * <p>Our class files carry CLASS-retained Immutables annotations ({@code @Generated}, the
 * styles); a host without them on its classpath gets a "Cannot find annotation method" warning
 * for each. {@code credere-core} depends on the annotation-only {@code value-annotations} at
 * compile scope so that every host has them: the second test shows that without it the warnings
 * come back, so the first cannot pass by looking at nothing.
 */
class HostCompileTest {

  private static final Pattern MODULE_JAR =
      Pattern.compile("credere-[a-z]+-[^/]*(?<!-tests)\\.jar");

  @Test
  void a_host_compiling_with_xlint_all_werror_gets_no_warning_from_credere(@TempDir Path out) {
    List<String> classpath = hostClasspath();
    List<String> types = publicTypes(classpath);
    assertThat(types).as("public types found").hasSizeGreaterThan(150)
        .contains("io.credere.core.item.OpenItem", "io.credere.collections.promise.PromiseToPay",
            "io.credere.cli.CredereCli");

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(types, classpath, out);

    assertThat(diagnostics.stream().map(HostCompileTest::describe)).isEmpty();
  }

  @Test
  void without_the_immutables_annotations_the_same_host_would_get_the_warnings(
      @TempDir Path out) {
    List<String> classpath = hostClasspath().stream()
        .filter(entry -> !entry.contains("value-annotations"))
        .collect(Collectors.toList());

    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        compile(publicTypes(hostClasspath()), classpath, out);

    assertThat(diagnostics.stream().map(HostCompileTest::describe))
        .anyMatch(text -> text.contains("Cannot find annotation method"));
  }

  /** The test's classpath without the Immutables processor jar and our test classes. */
  private static List<String> hostClasspath() {
    String path = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> entries = Stream.of(path.split(Pattern.quote(File.pathSeparator)))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !entry.replace('\\', '/').matches(".*/org/immutables/value/[^/]+/.*"))
        .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
        .filter(entry -> !entry.endsWith("-tests.jar"))
        .collect(Collectors.toList());
    assertThat(entries).anyMatch(entry -> entry.contains("value-annotations"));
    return entries;
  }

  /** Every public type (top-level or nested in public types) in Credere's module classpath. */
  private static List<String> publicTypes(List<String> classpath) {
    TreeSet<String> types = new TreeSet<>();
    for (String entry : classpath) {
      Path path = Path.of(entry);
      String normalised = entry.replace('\\', '/');
      if (Files.isDirectory(path) && normalised.endsWith("/target/classes")) {
        try (Stream<Path> files = Files.walk(path)) {
          files.map(file -> path.relativize(file).toString().replace('\\', '/'))
              .forEach(name -> addIfPublic(name, types));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (MODULE_JAR.matcher(path.getFileName().toString()).matches()) {
        try (JarFile jar = new JarFile(path.toFile())) {
          for (Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            addIfPublic(e.nextElement().getName(), types);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ArrayList<>(types);
  }

  private static void addIfPublic(String file, TreeSet<String> types) {
    if (!file.startsWith("io/credere/") || !file.endsWith(".class")
        || file.endsWith("package-info.class") || file.endsWith("module-info.class")) {
      return;
    }
    String binary = file.substring(0, file.length() - ".class".length()).replace('/', '.');
    try {
      Class<?> type = Class.forName(binary, false, HostCompileTest.class.getClassLoader());
      for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
        if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()
            || c.isSynthetic()) {
          return;
        }
      }
      types.add(type.getCanonicalName());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load " + binary, e);
    }
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(List<String> types,
      List<String> classpath, Path out) {
    String source = "package host;\n\n/** Names every public type of Credere. */\n"
        + "public final class Host {\n  private Host() {}\n\n"
        + "  /** Each type, so that javac reads its class file. */\n"
        + "  public static final Class<?>[] TYPES = {\n"
        + types.stream().map(t -> "    " + t + ".class").collect(Collectors.joining(",\n"))
        + "\n  };\n}\n";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///host/Host.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        null)) {
      List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
          "-d", out.toString(), "-classpath", String.join(File.pathSeparator, classpath));
      javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics();
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT);
  }
}
