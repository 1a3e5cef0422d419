package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationReport;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file {@code coexist demo} writes into each environment's folder. Adding an artifact to the
 * demo is one entry in {@link DemoCommand#ARTIFACTS}:
 *
 * <pre>{@code
 * DemoArtifact.ofValidPlan("exchange.ps1", valid -> emitter.emit(valid).render())
 * }</pre>
 */
final class DemoArtifact {
  /** What an artifact is made from: the environment's plan and its validation. */
  static final class Input {
    final Environment environment;
    final CoexistencePlan plan;
    final ValidationReport report;

    Input(Environment environment, CoexistencePlan plan, ValidationReport report) {
      this.environment = environment;
      this.plan = plan;
      this.report = report;
    }
  }

  private final String fileName;
  private final Function<Input, Optional<String>> content;

  private DemoArtifact(String fileName, Function<Input, Optional<String>> content) {
    this.fileName = fileName;
    this.content = content;
  }

  /** An artifact of every plan, valid or not (the plan itself, the validation report). */
  static DemoArtifact of(String fileName, Function<Input, String> content) {
    return new DemoArtifact(fileName, input -> Optional.of(content.apply(input)));
  }

  /** An artifact of a plan without validation errors (scripts, Notes.ini, runbook). */
  static DemoArtifact ofValidPlan(String fileName, Function<ValidatedPlan, String> content) {
    return new DemoArtifact(fileName, input -> input.report.validatedPlan().map(content));
  }

  /** The file name inside the environment's folder, e.g. {@code plan.yaml}. */
  String fileName() {
    return fileName;
  }

  /** The file's text, or empty when the plan is not valid and the artifact needs it to be. */
  Optional<String> content(Input input) {
    return content.apply(input);
  }
}
