package io.github.coexist.benchmarks;

import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.ini4j.Ini;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison 3: a 20,000-line notes.ini. coexist parses it, merges the BTCal settings of the
 * recommended plan and renders the result; ini4j and java.util.Properties merely read it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NotesIniBenchmark {
  /** Lines in the file. */
  public static final int LINES = 20_000;

  private byte[] file;
  private NotesIniMerge merge;

  /** Generates the file once. */
  @Setup
  public void generate() {
    file = SyntheticNotesIni.lines(LINES, SyntheticPlans.SEED);
    merge = new NotesIniMerge();
  }

  /** coexist: parse, merge the BTCal settings, render the bytes to write back. */
  @Benchmark
  public byte[] coexistParseMergeRender() {
    return merge.apply(file);
  }

  /** ini4j reading the file (baseline). */
  @Benchmark
  public Ini ini4jRead() {
    return NotesIniBaselines.ini4j(file);
  }

  /** java.util.Properties reading the file (for scale). */
  @Benchmark
  public Properties propertiesRead() {
    return NotesIniBaselines.properties(file);
  }
}
