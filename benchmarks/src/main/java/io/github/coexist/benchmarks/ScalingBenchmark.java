package io.github.coexist.benchmarks;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Comparison 2: validation and emission of {@link SyntheticPlans} with 100 to 100,000 entries. JMH
 * reports the time per plan; the suite divides by the entries and compares each step of 10×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Two-second iterations: an iteration must hold enough operations at 100,000 entries to average
// over (docs/performance.md has their duration).
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
// A fixed heap, touched before the first operation: a heap that grows while the 100,000-entry
// plans are emitted makes the kernel fault in newly committed memory during the measurement
// (system time that varies from one JVM to the next), which measures the heap's growth rather than
// coexist. Every size runs with the same heap.
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ScalingBenchmark {
  /** Generated list entries in the plan. */
  @Param({"100", "1000", "10000", "100000"})
  public int entries;

  private CoexistencePlan plan;
  private PlanValidator validator;
  private ValidationContext context;
  private ValidatedPlan valid;
  private final Emission emission = new Emission();

  /** Generates the plan once per trial and checks it is valid, as emission needs. */
  @Setup
  public void generate() {
    plan = SyntheticPlans.withEntries(entries, SyntheticPlans.SEED);
    validator = PlanValidator.standard();
    context = ValidationContext.on(LocalDate.of(2026, 11, 27));
    valid = validator.validate(plan, context).requireValid();
  }

  /** Every standard rule over the plan. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(plan, context);
  }

  /**
   * The baseline: one pass over every entry of the plan that does no work of its own (the model's
   * deep {@code hashCode}). How its time grows with the plan is this machine's memory hierarchy (a
   * 10,000-entry plan fits in the processor's caches, a 100,000-entry one does not), the floor
   * under the curves of validation and emission.
   */
  @Benchmark
  public int walk() {
    return plan.hashCode();
  }

  /** The artifacts of the validated plan. */
  @Benchmark
  public void emit(Blackhole sink) {
    emission.emit(valid, sink);
  }
}
