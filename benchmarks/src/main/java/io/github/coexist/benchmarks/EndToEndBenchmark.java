package io.github.coexist.benchmarks;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
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
 * Comparison 1: a recommended plan from validation to both emitted artifacts, per plan, for each
 * environment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Validation and emission run through about 2,000 methods: C2 needs several seconds to compile
// them all (longer on a busy machine), and a two-second warm-up measured C1 code at 5-10x the
// compiled time, and one run in three still needed 15 s to settle.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EndToEndBenchmark {
  /** The recommended plan's environment. */
  @Param({"EXCHANGE_ONLINE", "EXCHANGE_SERVER"})
  public Environment environment;

  private CoexistencePlan plan;
  private PlanValidator validator;
  private ValidationContext context;
  private final Emission emission = new Emission();

  /** Builds the recommended plan and the validator once. */
  @Setup
  public void create() {
    plan = RecommendedPlans.create(RecommendedPlans.example(environment));
    validator = PlanValidator.standard();
    context = ValidationContext.on(LocalDate.of(2026, 11, 27));
  }

  /** Validation, then both artifacts. */
  @Benchmark
  public void validateAndEmit(Blackhole sink) {
    emission.emit(validator.validate(plan, context).requireValid(), sink);
  }

  /** The validation share alone. */
  @Benchmark
  public ValidatedPlan validate() {
    return validator.validate(plan, context).requireValid();
  }
}
