package io.github.coexist.cli;

import io.github.coexist.cli.license.LicenseCommand;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code coexist}, and which of them a command line needs built.
 *
 * <p>picocli builds the whole model of every command it is given (reflection over every option,
 * converter and mixin) before it parses a single argument, a large part of a short {@code coexist
 * validate} run for all of them (docs/performance.md). A command line that plainly names one
 * subcommand gets only that one; a plain {@code --version} (or {@code -V}) gets none, as it prints
 * the version and nothing of any subcommand; anything else (no command, help, an unknown or
 * misspelt command) gets them all, so help, suggestions and errors are the same as with every
 * command built.
 */
final class Subcommands {
  /** In the order {@code coexist --help} lists them. */
  static final List<Class<?>> ALL =
      List.of(
          InitCommand.class,
          DemoCommand.class,
          ValidateCommand.class,
          EmitCommand.class,
          DiffCommand.class,
          ImportCommand.class,
          LicenseCommand.class);

  /** The root's own options that may come before the command and take no value. */
  private static final String DEBUG = "--debug";

  /** The root's version options (picocli's standard help options). */
  private static final List<String> VERSION = List.of("--version", "-V");

  private Subcommands() {}

  /**
   * The subcommands to build for {@code args}: the one named by the first argument that is not
   * {@code --debug}, if it names one exactly; none when that argument is {@code --version} or
   * {@code -V} and only {@code --debug} follows; otherwise all of them.
   */
  static List<Class<?>> neededFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(DEBUG)) {
        continue;
      }
      if (VERSION.contains(arg) && onlyDebugFrom(args, i + 1)) {
        return List.of();
      }
      for (Class<?> subcommand : ALL) {
        if (name(subcommand).equals(arg)) {
          return List.of(subcommand);
        }
      }
      return ALL;
    }
    return ALL;
  }

  private static boolean onlyDebugFrom(String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      if (!args[i].equals(DEBUG)) {
        return false;
      }
    }
    return true;
  }

  /** The name a subcommand is called by, from its {@link Command} annotation. */
  static String name(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
  }
}
