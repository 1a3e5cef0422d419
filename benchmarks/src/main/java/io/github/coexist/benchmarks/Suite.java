package io.github.coexist.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks with JMH's own command-line options, adds the whole-process timings of
 * the CLI comparison from a properties file (written by benchmarks/run.sh), and prints {@link
 * ResultTable}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.coexist.benchmarks.Suite \
 *     --cli-timings target/cli-timings.properties -wi 2 -i 3 -w 1s -r 1s -f 1
 * }</pre>
 */
public final class Suite {
  /** JMH's name of the GC profiler's bytes allocated per operation. */
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private Suite() {}

  /**
   * Runs the suite: {@code [--cli-timings FILE] [--table-only] [JMH options]}. With {@code
   * --table-only} no benchmark runs (the table shows the CLI rows only).
   */
  // JMH's RunResult hands its secondary results out as the raw type Result.
  @SuppressWarnings("rawtypes")
  public static void main(String[] args)
      throws IOException, RunnerException, CommandLineOptionException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Measurements measured = new Measurements();
    int from = 0;
    boolean run = true;
    while (from < args.length && args[from].startsWith("--")) {
      if (args[from].equals("--cli-timings") && from + 1 < args.length) {
        readTimings(Path.of(args[from + 1]), measured);
        from += 2;
      } else if (args[from].equals("--table-only")) {
        run = false;
        from++;
      } else {
        break;
      }
    }
    if (run) {
      String[] jmh = java.util.Arrays.copyOfRange(args, from, args.length);
      Collection<RunResult> results = new Runner(new CommandLineOptions(jmh)).run();
      for (RunResult result : results) {
        String name = JmhNames.of(result.getParams());
        measured.put(name, result.getPrimaryResult().getScore());
        // With -prof gc: the bytes allocated per operation, which no load on the machine disturbs.
        result.getSecondaryResults().entrySet().stream()
            .filter(e -> e.getKey().endsWith(ALLOCATION))
            .forEach(e -> measured.put(name + Measurements.ALLOCATED, e.getValue().getScore()));
      }
    }
    out.println();
    out.print(ResultTable.render(measured));
  }

  /** {@code cli.validate=...} lines, milliseconds. */
  private static void readTimings(Path file, Measurements into) throws IOException {
    Properties timings = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      timings.load(in);
    }
    for (Map.Entry<Object, Object> e : timings.entrySet()) {
      into.put((String) e.getKey(), Double.parseDouble((String) e.getValue()));
    }
  }
}
