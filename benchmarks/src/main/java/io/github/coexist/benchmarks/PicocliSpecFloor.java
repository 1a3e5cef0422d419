package io.github.coexist.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * A cold-start floor (docs/performance.md): {@link PicocliFloor}'s command line built with
 * picocli's programmatic API ({@code CommandSpec}, {@code OptionSpec}) instead of annotations, the
 * cheapest way to use picocli: no annotation is read, so no proxy class is generated and no field
 * is reached by reflection. Same options, converters and version; it parses, then prints the plan's
 * path.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.coexist.benchmarks.PicocliSpecFloor \
 *     validate --today 2026-11-27 plan.yaml
 * }</pre>
 */
public final class PicocliSpecFloor {
  private PicocliSpecFloor() {}

  /** Parses {@code args}; prints help, the version, the plan's path and date, or the error. */
  public static void main(String... args) {
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    CommandSpec root = CommandSpec.create().name("floor").mixinStandardHelpOptions(true);
    root.versionProvider(new PicocliFloor.Version());
    root.addOption(
        OptionSpec.builder("--debug")
            .scopeType(CommandLine.ScopeType.INHERIT)
            .description("Print stack traces of failures.")
            .build());
    CommandSpec validate = CommandSpec.create().name("validate").mixinStandardHelpOptions(true);
    validate.addPositional(
        PositionalParamSpec.builder().index("0").paramLabel("PLAN").type(Path.class).build());
    validate.addOption(
        OptionSpec.builder("--format")
            .paramLabel("text|json")
            .type(PicocliFloor.Format.class)
            .converters(new PicocliFloor.FormatValue())
            .build());
    validate.addOption(
        OptionSpec.builder("--today")
            .paramLabel("YYYY-MM-DD")
            .type(java.time.LocalDate.class)
            .converters(new PicocliFloor.DateValue())
            .build());
    validate.addOption(
        OptionSpec.builder("--rules")
            .paramLabel("JAR")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .build());
    CommandLine cli = new CommandLine(root);
    cli.addSubcommand("validate", new CommandLine(validate));
    cli.setExpandAtFiles(false);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      ParseResult parsed = cli.parseArgs(args);
      if (CommandLine.printHelpIfRequested(parsed)) {
        return;
      }
      ParseResult command = parsed.subcommand();
      if (command == null) {
        out.println("floor: a command is required");
        System.exit(2);
      }
      out.println(
          command.matchedPositionalValue(0, null)
              + " as of "
              + command.matchedOptionValue("--today", null));
    } catch (CommandLine.ParameterException e) {
      out.println("floor: " + e.getMessage());
      System.exit(2);
    }
  }
}
