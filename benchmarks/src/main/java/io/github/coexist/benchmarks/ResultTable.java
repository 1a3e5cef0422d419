package io.github.coexist.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table the suite prints (Markdown, so docs/performance.md takes it as it is): comparison,
 * measured, baseline, ratio, target, met?. A measurement that is missing shows as "not measured"
 * and its target as not met.
 */
public final class ResultTable {
  /** The entry counts of the scaling comparison. */
  public static final ImmutableList<Integer> SIZES = ImmutableList.of(100, 1_000, 10_000, 100_000);

  /** Comparison 1: microseconds per recommended plan, end to end. */
  public static final double END_TO_END_MICROS = 50;

  /** Comparison 2: the most time may grow when the entries grow tenfold. */
  public static final double SCALING_STEP = 12;

  /** Comparison 3: coexist's time over ini4j's, at most (twice ini4j's throughput). */
  public static final double NOTES_INI_RATIO = 0.5;

  /** Comparison 4: coexist's time over the bare verify's, at most. */
  public static final double LICENSE_RATIO = 1.5;

  /** Comparison 5: coexist validate's time through ./coexist over a hello-world JVM's, at most. */
  public static final double CLI_RATIO = 2;

  private static final String[] HEADER = {
    "comparison", "measured", "baseline", "ratio", "target", "met?"
  };

  private ResultTable() {}

  /** The table for {@code m}. */
  public static String render(Measurements m) {
    List<String[]> rows = new ArrayList<>();
    for (String environment : List.of("EXCHANGE_ONLINE", "EXCHANGE_SERVER")) {
      Optional<Double> micros = m.get("EndToEndBenchmark.validateAndEmit[" + environment + "]");
      rows.add(
          new String[] {
            "1 end to end: validate + "
                + Emission.WHAT
                + ", recommended plan "
                + environment.toLowerCase(Locale.ROOT).replace('_', ' '),
            micros.map(v -> micros(v) + " per plan").orElse("not measured"),
            "-",
            "-",
            "<= " + number(END_TO_END_MICROS) + " µs",
            met(micros.map(v -> v <= END_TO_END_MICROS))
          });
    }
    rows.add(scaling(m, "validation", "ScalingBenchmark.validate", true));
    rows.add(scaling(m, "emission (" + Emission.WHAT + ")", "ScalingBenchmark.emit", true));
    rows.add(
        scaling(
            m, "baseline (one pass over the plan: its hashCode)", "ScalingBenchmark.walk", false));
    rows.add(allocation(m, "validation", "ScalingBenchmark.validate"));
    rows.add(allocation(m, "emission", "ScalingBenchmark.emit"));
    rows.add(
        ratioRow(
            m,
            "3 Notes.ini, 20,000 lines: coexist parse + merge + render vs ini4j read",
            "NotesIniBenchmark.coexistParseMergeRender",
            "NotesIniBenchmark.ini4jRead",
            NOTES_INI_RATIO,
            "<= " + number(NOTES_INI_RATIO) + " (2× ini4j's throughput)",
            false));
    rows.add(
        ratioRow(
            m,
            "3 Notes.ini, 20,000 lines: coexist parse + merge + render vs Properties read",
            "NotesIniBenchmark.coexistParseMergeRender",
            "NotesIniBenchmark.propertiesRead",
            Double.NaN,
            "- (for scale)",
            false));
    rows.add(
        ratioRow(
            m,
            "4 license: coexist parse + verify vs bare JDK Ed25519 verify",
            "LicenseBenchmark.coexistParseAndVerify",
            "LicenseBenchmark.bareVerify",
            LICENSE_RATIO,
            "<= " + number(LICENSE_RATIO),
            false));
    rows.add(
        cliRow(
            m,
            "5 CLI cold start floor: picocli, a command line of the CLI's shape",
            "cli.floorPicocli",
            FLOOR));
    rows.add(
        cliRow(
            m,
            "5 CLI cold start floor: picocli, the same command line built with its programmatic API",
            "cli.floorPicocliSpec",
            FLOOR));
    rows.add(
        cliRow(
            m,
            "5 CLI cold start floor: Jackson, the plan read by its YAML streaming parser",
            "cli.floorYaml",
            FLOOR));
    rows.add(
        cliRow(
            m,
            "5 CLI cold start floor: picocli and Jackson in one run (no coexist code)",
            "cli.floorLibraries",
            FLOOR));
    rows.add(cliRow(m, "5 CLI cold start: coexist validate, java -jar", "cli.validate", SCALE));
    rows.add(
        cliRow(
            m,
            "5 CLI cold start: coexist validate, java -jar with a dynamic AppCDS archive",
            "cli.validateCds",
            SCALE));
    rows.add(
        ratioRow(
            m,
            "5 CLI cold start: coexist validate through ./coexist (launcher: CDS, C1 only, serial GC) vs hello-world JVM",
            "cli.launcher",
            "cli.hello",
            CLI_RATIO,
            "<= " + number(CLI_RATIO),
            true));
    rows.add(
        cliRow(m, "5 CLI cold start: coexist --version through ./coexist", "cli.version", SCALE));
    return markdown(rows);
  }

  private static final String FLOOR = "- (the libraries' floor)";
  private static final String SCALE = "- (for scale)";

  /**
   * A CLI row shown beside the hello world but not judged. The hello world and the floors run with
   * the launcher's JVM options and a class-data archive of their own (benchmarks/run.sh).
   */
  private static String[] cliRow(Measurements m, String what, String measured, String target) {
    return ratioRow(
        m, what + " vs hello-world JVM", measured, "cli.hello", Double.NaN, target, true);
  }

  /**
   * Per-entry times at each size; the ratio is the worst step, time(10 N) / time(N) for the whole
   * plan.
   */
  private static String[] scaling(Measurements m, String what, String benchmark, boolean judged) {
    Curve curve = Curve.of(m, benchmark, "", "%.3f");
    return new String[] {
      "2 scaling, " + what + ": µs per entry at 100 / 1k / 10k / 100k entries",
      curve.perEntry(),
      "-",
      curve.worstText(),
      judged ? "<= " + number(SCALING_STEP) + "× per 10×" : "- (this machine's floor)",
      !judged
          ? "-"
          : met(curve.complete() ? Optional.of(curve.worst() <= SCALING_STEP) : Optional.empty())
    };
  }

  /**
   * Bytes allocated per entry at each size (JMH's GC profiler): the work done, which unlike time
   * does not depend on how loaded the machine is or how warm the JIT, so it shows whether the
   * algorithm is linear when the timings are noisy.
   */
  private static String[] allocation(Measurements m, String what, String benchmark) {
    Curve curve = Curve.of(m, benchmark, Measurements.ALLOCATED, "%,.0f");
    return new String[] {
      "2 scaling, " + what + " allocation: bytes per entry at 100 / 1k / 10k / 100k entries",
      curve.perEntry(),
      "-",
      curve.worstText(),
      "- (the work, for the time rows)",
      "-"
    };
  }

  /**
   * One measurement over {@link #SIZES}: the value per entry at each size, and the worst step
   * value(10 n) / value(n) between sizes measured next to each other.
   */
  private record Curve(String perEntry, double worst, boolean complete) {
    static Curve of(Measurements m, String benchmark, String suffix, String perEntryFormat) {
      List<String> perEntry = new ArrayList<>();
      double worst = Double.NaN;
      boolean complete = true;
      Optional<Double> previous = Optional.empty();
      for (int size : SIZES) {
        Optional<Double> value = m.get(benchmark + "[" + size + "]" + suffix);
        perEntry.add(
            value
                .map(v -> String.format(Locale.ROOT, "%,d: " + perEntryFormat, size, v / size))
                .orElse(String.format(Locale.ROOT, "%,d: -", size)));
        complete &= value.isPresent();
        if (value.isPresent() && previous.isPresent()) {
          double step = value.get() / previous.get();
          worst = Double.isNaN(worst) ? step : Math.max(worst, step);
        }
        previous = value;
      }
      return new Curve(String.join("; ", perEntry), worst, complete);
    }

    String worstText() {
      return Double.isNaN(worst) ? "-" : String.format(Locale.ROOT, "%.2f× worst per 10×", worst);
    }
  }

  private static String[] ratioRow(
      Measurements m,
      String comparison,
      String measured,
      String baseline,
      double limit,
      String target,
      boolean milliseconds) {
    Optional<Double> ours = m.get(measured);
    Optional<Double> theirs = m.get(baseline);
    Optional<Double> ratio = ours.flatMap(o -> theirs.map(t -> o / t));
    return new String[] {
      comparison,
      ours.map(v -> milliseconds ? millis(v) : micros(v)).orElse("not measured"),
      theirs.map(v -> milliseconds ? millis(v) : micros(v)).orElse("not measured"),
      ratio.map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("-"),
      target,
      Double.isNaN(limit) ? "-" : met(ratio.map(r -> r <= limit))
    };
  }

  private static String met(Optional<Boolean> met) {
    return met.map(ok -> ok ? "yes" : "NO").orElse("not measured");
  }

  private static String micros(double value) {
    return String.format(Locale.ROOT, "%,.1f µs", value);
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%,.0f ms", value);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%s", value);
  }

  private static String markdown(List<String[]> rows) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    String[] rule = new String[HEADER.length];
    java.util.Arrays.fill(rule, "---");
    line(out, rule);
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
