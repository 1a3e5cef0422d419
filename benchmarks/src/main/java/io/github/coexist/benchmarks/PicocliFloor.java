package io.github.coexist.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A cold-start floor (docs/performance.md): what picocli alone costs a command line of the {@code
 * coexist} CLI's shape, {@code validate --today DATE PLAN}. The same root (standard help options, a
 * version provider, an inherited {@code --debug}), one annotated {@code validate} subcommand with
 * the options of coexist's (a positional path, an enum with its converter, a date with its
 * converter, a repeatable path option from a mixin), the same settings (no {@code @file} expansion,
 * output streams, case-insensitive enums, exit-code mapper, one-line error handlers), and only the
 * named subcommand built, as {@code coexist} builds it. It prints the plan's path and reads
 * nothing: the rest of a {@code coexist validate} run is coexist's own work and Jackson's ({@link
 * YamlFloor}, {@link LibrariesFloor}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.coexist.benchmarks.PicocliFloor \
 *     validate --today 2026-11-27 plan.yaml
 * }</pre>
 */
public final class PicocliFloor {
  private PicocliFloor() {}

  /** Parses {@code args} and runs the command; exits with its code. */
  public static void main(String... args) {
    System.exit(run(false, args));
  }

  /** Runs {@code args}; {@code readPlan}: the validate command reads its plan with Jackson. */
  static int run(boolean readPlan, String... args) {
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    CommandLine cli = new CommandLine(new Root());
    if (args.length > 0 && args[0].equals("validate")) {
      cli.addSubcommand(new Validate(readPlan));
    }
    cli.setExpandAtFiles(false);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> 2);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println("floor: " + ex.getMessage());
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("floor: " + ex);
          return 2;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Command(
      name = "floor",
      description = "The shape of the coexist command.",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class)
  static final class Root implements Runnable {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--debug",
        scope = ScopeType.INHERIT,
        description = "Print stack traces of failures.")
    boolean debug;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
  }

  /** As coexist's version provider: the jar manifest's version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PicocliFloor.class.getPackage().getImplementationVersion();
      return new String[] {"floor " + (version == null ? "development" : version)};
    }
  }

  /** The report formats, as coexist validate's. */
  enum Format {
    TEXT,
    JSON
  }

  /** An enum converter of its own, as coexist's (ASCII case ignored). */
  static final class FormatValue implements ITypeConverter<Format> {
    @Override
    public Format convert(String text) {
      return Format.valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** A strict YYYY-MM-DD converter, as coexist's. */
  static final class DateValue implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new CommandLine.TypeConversionException("expected YYYY-MM-DD: " + text);
      }
      return LocalDate.parse(text);
    }
  }

  /** A repeatable option from a mixin, as coexist's --rules. */
  static final class Rules {
    @Option(names = "--rules", paramLabel = "JAR", description = "A jar with rules.")
    List<Path> jars = new ArrayList<>();
  }

  @Command(
      name = "validate",
      description = "Validate a plan file.",
      mixinStandardHelpOptions = true)
  static final class Validate implements Callable<Integer> {
    private final boolean readPlan;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path plan;

    @Option(
        names = "--format",
        converter = FormatValue.class,
        paramLabel = "text|json",
        description = "text or json.")
    Format format = Format.TEXT;

    @Option(
        names = "--today",
        paramLabel = "YYYY-MM-DD",
        converter = DateValue.class,
        description = "The date to judge by.")
    LocalDate today;

    @Mixin Rules rules;

    Validate(boolean readPlan) {
      this.readPlan = readPlan;
    }

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      out.println(readPlan ? plan + ": " + YamlFloor.read(plan) : plan + " as of " + today);
      return 0;
    }
  }
}
