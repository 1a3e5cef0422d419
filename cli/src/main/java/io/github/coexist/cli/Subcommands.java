package io.github.coexist.cli;

import io.github.coexist.cli.license.LicenseCommand;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code coexist}, and which of them a command line needs built.
 *
 * <p>picocli builds the whole model of every command it is given (reflection over every option,
 * converter and mixin) before it parses a single argument, a large part of a short {@code coexist
 * validate} run for all five commands (docs/performance.md). A command line that plainly names one
 * subcommand gets only that one; anything else (no command, help, an unknown or misspelt command)
 * gets them all, so help, suggestions and errors are the same as with every command built.
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

  private Subcommands() {}

  /**
   * The subcommands to build for {@code args}: the one named by the first argument that is not
   * {@code --debug}, if it names one exactly; otherwise all of them.
   */
  static List<Class<?>> neededFor(String... args) {
    for (String arg : args) {
      if (arg.equals(DEBUG)) {
        continue;
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

  /** The name a subcommand is called by, from its {@link Command} annotation. */
  static String name(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
  }
}
