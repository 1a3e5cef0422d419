package io.github.coexist.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code coexist} command.
 *
 * <p>{@link #run(PrintWriter, PrintWriter, String...)} runs a command in-process (tests use it);
 * {@link #main(String...)} exits with its code. Failures the user can fix print one line on stderr
 * and exit 2; stack traces appear only with {@code --debug}.
 */
public final class CoexistCli {
  private CoexistCli() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String... args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line in-process and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err, args);
    return cli.execute(args);
  }

  /**
   * The configured picocli command line (output streams, exit codes, error handling) with the
   * subcommands {@code commandArgs} need ({@link Subcommands#neededFor}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... commandArgs) {
    CommandLine cli = new CommandLine(new CoexistCommand());
    // Added before the settings below: picocli passes each setting on to the subcommands it has.
    for (Class<?> subcommand : Subcommands.neededFor(commandArgs)) {
      cli.addSubcommand(subcommand);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("coexist: " + oneLine(ex.getMessage()));
          e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          if (debugRequested(args)) {
            ex.printStackTrace(e);
          }
          e.flush();
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          boolean debug = debugRequested(parseResult.originalArgs().toArray(new String[0]));
          int code = ExitCode.USAGE;
          if (ex instanceof UserError) {
            e.println("coexist: " + oneLine(ex.getMessage()));
          } else if (ex instanceof FindingsException) {
            e.println("coexist: " + oneLine(ex.getMessage()));
            code = ExitCode.FINDINGS;
          } else {
            e.println("coexist: internal error: " + oneLine(String.valueOf(ex)));
            if (!debug) {
              e.println("Run again with --debug for details.");
            }
          }
          if (debug) {
            ex.printStackTrace(e);
          }
          e.flush();
          return code;
        });
    return cli;
  }

  private static boolean debugRequested(String[] args) {
    for (String arg : args) {
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a message on one line: a multi-line message would be hard to read in a log. */
  static String oneLine(String message) {
    return message == null
        ? ""
        : message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
