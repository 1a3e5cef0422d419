package io.github.coexist.cli;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.ValidationReport;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file {@code coexist demo} writes into each environment's folder: an emitter's {@link
 * Artifact}, written with {@link Artifact#writeTo(java.io.OutputStream)} (the bytes {@code coexist
 * emit} writes), or a text of the CLI's own (the plan, the validation reports) in UTF-8. Adding an
 * artifact to the demo is one entry in {@link DemoCommand#ARTIFACTS}:
 *
 * <pre>{@code
 * DemoArtifact.ofValidPlan("exchange.ps1", PowerShellEmitter.standard())
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
  private final Function<Input, Optional<Artifact>> content;

  private DemoArtifact(String fileName, Function<Input, Optional<Artifact>> content) {
    this.fileName = fileName;
    this.content = content;
  }

  /** A text of every plan, valid or not (the plan itself, the validation report), in UTF-8. */
  static DemoArtifact of(String fileName, Function<Input, String> content) {
    return new DemoArtifact(
        fileName, input -> Optional.of(ArtifactOutput.text(content.apply(input))));
  }

  /**
   * What {@code emitter} makes of a plan without validation errors (scripts, notes.ini, runbook).
   */
  static DemoArtifact ofValidPlan(String fileName, Emitter<? extends Artifact> emitter) {
    return new DemoArtifact(
        fileName, input -> input.report.validatedPlan().<Artifact>map(emitter::emit));
  }

  /** What is made of the environment alone, for every plan, valid or not (the snapshot script). */
  static DemoArtifact ofEnvironment(
      String fileName, Function<Environment, ? extends Artifact> content) {
    return new DemoArtifact(fileName, input -> Optional.of(content.apply(input.environment)));
  }

  /** The file name inside the environment's folder, e.g. {@code plan.yaml}. */
  String fileName() {
    return fileName;
  }

  /** The file's content, or empty when the plan is not valid and the artifact needs it to be. */
  Optional<Artifact> content(Input input) {
    return content.apply(input);
  }
}
