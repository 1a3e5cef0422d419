package io.github.coexist.cli;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.validation.ValidatedPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code coexist emit} command takes: the plan, where the artifact goes, and the day to
 * validate as of. A picocli mixin, so each command declares these options once, the same way.
 */
final class PlanArguments {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML or JSON).")
  Path plan;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output).")
  Path output;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The date to validate as of (default: today in UTC).")
  LocalDate today;

  @Mixin RuleJars rules;

  /** The day to validate as of: {@code --today}, or today in UTC. */
  LocalDate day() {
    return Today.orClock(today);
  }

  /**
   * Refuses an {@code -o} that is the plan, one of {@code otherInputs} (option name, file pairs) or
   * a key file ({@link OutputFiles#check}).
   */
  void checkOutput(Object... otherInputs) {
    Object[] inputs = new Object[otherInputs.length + 2];
    inputs[0] = "PLAN";
    inputs[1] = plan;
    System.arraycopy(otherInputs, 0, inputs, 2, otherInputs.length);
    OutputFiles.check("-o", output, inputs);
  }

  /**
   * The plan, validated as of {@link #day()}; with errors it prints them and exits 1. An {@code -o}
   * that is the plan, one of {@code otherInputs} (option name, file pairs) or a key file is refused
   * first.
   */
  ValidatedPlan readValid(CommandSpec spec, Object... otherInputs) {
    checkOutput(otherInputs);
    return PlanInput.readValid(plan, rules.validator(), day(), spec.commandLine().getErr());
  }

  /**
   * What {@code emitter} makes of {@code valid}. A plan valid by the rules that the emitter still
   * cannot write (e.g. a value its charset lacks) is a one-line error naming the plan.
   */
  <A extends Artifact> A emit(Emitter<A> emitter, ValidatedPlan valid) {
    try {
      return emitter.emit(valid);
    } catch (EmissionException e) {
      throw new UserError(plan + ": " + e.getMessage(), e);
    }
  }
}
