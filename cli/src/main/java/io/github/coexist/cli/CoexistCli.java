package io.github.coexist.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
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
    // Straight to the file descriptors, not through System.out: a PrintStream swallows write
    // failures, the PrintWriter over them records each one for checkError() in run().
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
    int code = run(out, err, args);
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in-process and returns its exit code. Output that could not be written (a
   * full disk, a closed pipe) is a failure: exit 2 with one line on {@code err}, whatever the
   * command itself returned.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err, args);
    int code = cli.execute(args);
    // checkError() flushes first, so output still buffered is written (or fails) here.
    if (out.checkError()) {
      err.println("coexist: standard output: cannot be written (disk full or pipe closed)");
      err.flush();
      return ExitCode.USAGE;
    }
    return code;
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
    // An @FILE argument would be replaced by the file's words, and an error would echo them: a
    // private key passed as @key would end up on the terminal. A file named @x is read as itself.
    cli.setExpandAtFiles(false);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          // One line, the pointer to help included: scripts and logs read errors line by line.
          e.println(
              "coexist: "
                  + oneLine(ex.getMessage())
                  + " (see '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help')");
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
