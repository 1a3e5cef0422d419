package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.DriftReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coexist diff PLAN SNAPSHOT...}: how the organisation differs from the plan. */
@Command(
    name = "diff",
    description = {
      "Compare what the plan manages with a snapshot of the organisation (coexist snapshot JSON,"
          + " Export-Clixml captures, ConvertTo-Json output with --kind): missing objects,"
          + " differing attributes, kinds that could not be read; live objects the plan does not"
          + " have are listed as unmanaged. Exit 0 in sync, 1 drift, 2 a kind or file could not"
          + " be read (docs/drift-format.md)."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DiffCommand implements Callable<Integer> {
  /** How the report is written. */
  enum Format {
    text,
    json,
    markdown
  }

  /** --format, matched ignoring ASCII case only. */
  static final class FormatValue extends AsciiEnumValue<Format> {
    FormatValue() {
      super(Format.class);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML or JSON).")
  Path plan;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "SNAPSHOT",
      description = "What the organisation holds: one file, or one per kind.")
  List<Path> snapshots;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = OptionValues.KindValue.class,
      description =
          "Compare only this kind (remote-domain, accepted-domain, email-address-policy,"
              + " send-connector, receive-connector, inbound-connector, outbound-connector);"
              + " also the kind of ConvertTo-Json input.")
  ObjectKind kind;

  @Option(
      names = "--format",
      converter = FormatValue.class,
      paramLabel = "text|json|markdown",
      description = "The report's form (default: text).")
  Format format = Format.text;

  @Override
  public Integer call() {
    CoexistencePlan planned = PlanInput.read(plan);
    Snapshot live = SnapshotFiles.read(snapshots, planned.environment(), Optional.ofNullable(kind));
    Drift drift =
        Drift.between(
            planned, live, kind == null ? EnumSet.allOf(ObjectKind.class) : EnumSet.of(kind));
    PrintWriter out = spec.commandLine().getOut();
    DriftReport.Form form =
        switch (format) {
          case json -> DriftReport.Form.JSON;
          case markdown -> DriftReport.Form.MARKDOWN;
          case text -> DriftReport.Form.TEXT;
        };
    ArtifactOutput.write(DriftReport.of(drift, form)::writeTo, null, out);
    return switch (drift.status()) {
      case IN_SYNC -> ExitCode.OK;
      case DRIFT -> ExitCode.FINDINGS;
      case UNKNOWN -> ExitCode.USAGE;
    };
  }
}
