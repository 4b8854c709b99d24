package io.credere.examples.spark;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** What the two jobs share: reading a CSV as numbered lines, failures, writing the result. */
final class SparkInput {

  private SparkInput() {}

  /**
   * The file's lines with their 1-based line numbers ({@code zipWithIndex}: one extra pass that
   * counts the lines of each partition), partitioned as the file was read.
   */
  static JavaPairRDD<String, Long> numberedLines(JavaRDD<String> text) {
    return text.zipWithIndex().mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1));
  }

  /** The header line, or a {@link ValidationException} for an empty file. */
  static String header(JavaRDD<String> text, String source) {
    if (text.isEmpty()) {
      throw ValidationException.at(InputPosition.ofSource(source), "header", Optional.empty(),
          "is missing: the file is empty");
    }
    return text.first();
  }

  /** The file name of a path, for messages. */
  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
  }

  /**
   * Runs a Spark action, turning a failed job back into the error that failed it: the
   * {@link ValidationException} of a bad row surfaces as itself, not as a stage failure.
   */
  static <T> T action(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException) {
          throw (ValidationException) t;
        }
      }
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Writes text to a path: a local file for a plain path, any Hadoop file system (HDFS, S3A,
   * ...) for a URI with a scheme.
   */
  static void write(JavaSparkContext spark, String path, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      if (path.contains("://")) {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(URI.create(path));
        FileSystem fs = target.getFileSystem(spark.hadoopConfiguration());
        try (OutputStream out = fs.create(target, true)) {
          out.write(bytes);
        }
        return;
      }
      Path file = Path.of(path).toAbsolutePath();
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The session for {@code main}: the master spark-submit gives, or {@code local[*]} when run
   * with plain {@code java}.
   */
  static SparkSession session(String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]").set("spark.ui.enabled", "false");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Runs a job's {@code run} for {@code main}: exit 1 on bad input, 2 on wrong usage. */
  static int exitCode(PrintStream err, java.util.function.IntSupplier run) {
    try {
      return run.getAsInt();
    } catch (ValidationException e) {
      err.println("credere: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("credere: " + e.getMessage());
      return 1;
    }
  }
}
