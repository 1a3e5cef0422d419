package io.github.coexist.cli;

import io.github.coexist.cli.license.VerifiedLicense;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.notesini.LineBreak;
import io.github.coexist.runbook.Runbook;
import io.github.coexist.runbook.RunbookEmitter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coexist emit runbook PLAN [-o FILE] [--license LICENSE --public-key FILE] [--charset
 * NAME]}: the administrator's Markdown runbook, with a verified license's status when one is given,
 * its notes.ini settings checked against the server's charset.
 */
@Command(
    name = "runbook",
    description = {
      "Write the administrator's Markdown runbook of a valid plan: the mail-flow diagram"
          + " (Mermaid), the ordered steps with their exact commands and settings, the checks,"
          + " the validation findings and the rollback. With errors in the plan it writes nothing"
          + " and exits 1."
    },
    mixinStandardHelpOptions = true)
final class EmitRunbookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PlanArguments input;

  @Option(
      names = "--license",
      paramLabel = "LICENSE",
      description =
          "A license file to show, verified, with its status on the day (needs --public-key).")
  Path license;

  @Option(
      names = "--public-key",
      paramLabel = "FILE",
      description = "A trusted public key file for --license; repeat it to trust several keys.")
  List<Path> publicKeys;

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      converter = NotesIniOptions.CharsetValue.class,
      description =
          "The charset of the server's notes.ini, as for emit notesini, e.g. windows-1252. The"
              + " plan's domino.notesIniCharset decides it (US-ASCII when absent); another is"
              + " refused.")
  Charset charset;

  @Override
  public Integer call() {
    LocalDate day = input.day();
    List<Object> inputs = new ArrayList<>();
    inputs.add("--license");
    inputs.add(license); // null when not given: OutputFiles.check skips it
    if (publicKeys != null) {
      inputs.addAll(List.of(OutputFiles.each("--public-key", publicKeys)));
    }
    input.checkOutput(inputs.toArray());
    RunbookEmitter emitter = emitter(charset);
    if (license != null) {
      // Verified before the plan is read, so a bad license file fails fast and writes nothing.
      License verified = VerifiedLicense.read(license, publicKeys);
      Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      emitter = emitter.withLicense(new LicenseEvaluator(clock, ZoneOffset.UTC).evaluate(verified));
    }
    ValidatedPlan valid = input.readValid(spec);
    // Valid by the rules, but a script or setting the runbook shows may not be writable.
    Runbook runbook = input.emit(emitter, valid);
    ArtifactOutput.writeAndSay(runbook::writeTo, input.output, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /**
   * The runbook emitter whose notes.ini values are written in the plan's charset, or in {@code
   * charset}, which the notes.ini emitter refuses when it is not the plan's.
   */
  private static RunbookEmitter emitter(Charset charset) {
    return charset == null
        ? RunbookEmitter.standard()
        : RunbookEmitter.builder().notesIni(NotesIniOptions.emitter(charset, LineBreak.LF)).build();
  }

  /** The runbook, as {@code coexist demo} writes it too. */
  static Runbook runbook(ValidatedPlan valid) {
    return RunbookEmitter.standard().emit(valid);
  }
}
