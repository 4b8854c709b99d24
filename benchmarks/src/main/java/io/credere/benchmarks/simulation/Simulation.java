package io.credere.benchmarks.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the deterministic simulation: {@code Simulation SEED OPERATIONS} (or
 * {@code Simulation --replay FILE}, a file this class wrote for a failing seed). Prints a summary
 * and, when a check failed, the violations and the minimised operation sequence; the last line
 * is always {@code operations N, checks K, violations V}. Exit code 0 without violations, 1
 * with.
 */
public final class Simulation {

  /**
   * Prints a progress line to standard error every million operations, with the process's CPU
   * time so far ({@code -Dcredere.sim.progress=true}).
   */
  private static final boolean PROGRESS = Boolean.getBoolean("credere.sim.progress");

  private Simulation() {}

  /** What a run found. */
  public record Outcome(long seed, long operations, long checks, long violations,
      long firstViolationAt, List<String> messages, String summary) {

    /** The contract's last line. */
    public String lastLine() {
      return "operations " + operations + ", checks " + checks + ", violations " + violations;
    }
  }

  /** The operations of a seed, generated one at a time (nothing is kept). */
  public static Iterator<Op> operations(long seed, long count) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      private long produced;

      @Override
      public boolean hasNext() {
        return produced < count;
      }

      @Override
      public Op next() {
        produced++;
        return Op.next(random);
      }
    };
  }

  /** Runs {@code count} operations of {@code seed}. */
  public static Outcome run(long seed, long count, Options options) {
    return run(seed, operations(seed, count), options);
  }

  /** Runs the given operations on the company of {@code seed}. */
  public static Outcome run(long seed, List<Op> ops, Options options) {
    return run(seed, ops.iterator(), options);
  }

  private static Outcome run(long seed, Iterator<Op> ops, Options options) {
    Checker checker = new Checker();
    World world = new World(seed, options, checker);
    long index = 0;
    long[] nanos = new long[Op.Kind.values().length];
    long began = System.nanoTime();
    while (ops.hasNext()) {
      Op op = ops.next();
      checker.at(index, op);
      long started = System.nanoTime();
      world.step(op);
      nanos[op.kind().ordinal()] += System.nanoTime() - started;
      index++;
      if (index % options.fullCheckEvery() == 0) {
        world.fullCheck(false);
      }
      if (PROGRESS && index % 1_000_000 == 0) {
        Runtime runtime = Runtime.getRuntime();
        System.err.printf(java.util.Locale.ROOT, "progress: operations %d, checks %d, violations"
            + " %d, day %s, live items %d, heap used %d MB, process CPU %.1f s, wall %.1f s%n",
            index, checker.checks(), checker.violations(), world.today(), world.openItemCount(),
            (runtime.totalMemory() - runtime.freeMemory()) >> 20,
            ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3)
                .orElse(Double.NaN), (System.nanoTime() - began) / 1e9);
      }
    }
    checker.at(index, null);
    world.fullCheck(true);
    String summary = "simulated " + (world.today().toEpochDay() - World.START.toEpochDay())
        + " days to " + world.today() + " with " + options.customers() + " customers; "
        + world.openItemCount() + " items in the live ledger; " + world.backlog() + "\n"
        + world.stats()
        + "\ntime by operation (s):" + times(nanos);
    return new Outcome(seed, index, checker.checks(), checker.violations(),
        checker.firstViolationAt(), checker.messages(), summary);
  }

  private static String times(long[] nanos) {
    StringBuilder text = new StringBuilder();
    for (Op.Kind kind : Op.Kind.values()) {
      text.append(String.format(java.util.Locale.ROOT, " %s %.1f", kind,
          nanos[kind.ordinal()] / 1e9));
    }
    return text.toString();
  }

  /**
   * The shortest sequence this search finds that still fails: the operations up to the first
   * violation, then chunks removed (halves, quarters, ... single operations) while the rest
   * still fails, within the options' shrink budget.
   */
  public static List<Op> shrink(long seed, Outcome failed, Options options) {
    List<Op> ops = new ArrayList<>();
    Iterator<Op> all = operations(seed, failed.firstViolationAt() + 1);
    all.forEachRemaining(ops::add);
    long deadline = System.nanoTime() + options.shrinkBudget().toNanos();
    if (!fails(seed, ops, options)) {
      return ops;
    }
    int chunk = Math.max(1, ops.size() / 2);
    while (System.nanoTime() < deadline) {
      boolean removed = false;
      for (int start = ops.size() - chunk; start >= 0 && System.nanoTime() < deadline;
          start -= chunk) {
        List<Op> candidate = new ArrayList<>(ops.subList(0, start));
        candidate.addAll(ops.subList(Math.min(ops.size(), start + chunk), ops.size()));
        if (fails(seed, candidate, options)) {
          ops = candidate;
          removed = true;
        }
      }
      if (chunk == 1 && !removed) {
        break;
      }
      if (!removed) {
        chunk = Math.max(1, chunk / 2);
      }
      chunk = Math.min(chunk, Math.max(1, ops.size() / 2));
    }
    return ops;
  }

  private static boolean fails(long seed, List<Op> ops, Options options) {
    return run(seed, ops, options).violations() > 0;
  }

  /** {@code SEED OPERATIONS} or {@code --replay FILE}. */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    Options options = Options.defaults();
    Outcome outcome;
    long seed;
    if (args.length == 2 && args[0].equals("--replay")) {
      List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
      seed = Long.parseLong(lines.get(0).replace("seed", "").strip());
      List<Op> ops = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          ops.add(Op.parse(line));
        }
      }
      outcome = run(seed, ops, options);
    } else if (args.length == 2) {
      seed = Long.parseLong(args[0]);
      long count = Long.parseLong(args[1].replace("_", ""));
      long started = System.nanoTime();
      outcome = run(seed, count, options);
      out.printf("seed %d: %d operations in %.1f s%n", seed, count,
          (System.nanoTime() - started) / 1e9);
    } else {
      System.err.println("usage: simulate.sh SEED OPERATIONS | simulate.sh --replay FILE");
      System.exit(2);
      return;
    }
    out.println(outcome.summary());
    if (outcome.violations() > 0) {
      outcome.messages().forEach(m -> out.println("VIOLATION " + m));
      if (args[0].equals("--replay")) {
        out.println(outcome.lastLine());
        System.exit(1);
      }
      List<Op> minimal = shrink(seed, outcome, options);
      Path file = Path.of(System.getProperty("java.io.tmpdir"), "credere-sim-" + seed + ".ops");
      List<String> lines = new ArrayList<>();
      lines.add("seed " + seed);
      minimal.forEach(op -> lines.add(op.toString()));
      Files.write(file, lines, StandardCharsets.UTF_8);
      Outcome again = run(seed, minimal, options);
      out.println("minimised to " + minimal.size() + " operations (replay: simulate.sh --replay "
          + file + "), which give:");
      again.messages().forEach(m -> out.println("  " + m));
      minimal.forEach(op -> out.println("  " + op));
    }
    out.println(outcome.lastLine());
    out.flush();
    System.exit(outcome.violations() > 0 ? 1 : 0);
  }
}
