package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.cli.license.LicenseCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SubcommandsTest {
  @Test
  void allListsEveryCommandInHelpOrder() {
    assertThat(Subcommands.ALL.stream().map(Subcommands::name))
        .containsExactly("init", "demo", "validate", "emit", "diff", "import", "license");
    assertThat(built().getSubcommands().keySet())
        .containsExactly("init", "demo", "validate", "emit", "diff", "import", "license");
  }

  static Stream<Arguments> oneCommand() {
    return Stream.of(
        Arguments.of(
            List.of("validate", "plan.yaml", "--today", "2026-11-27"), ValidateCommand.class),
        Arguments.of(List.of("--debug", "validate", "plan.yaml"), ValidateCommand.class),
        Arguments.of(List.of("--debug", "--debug", "init"), InitCommand.class),
        Arguments.of(List.of("demo", "--out", "x"), DemoCommand.class),
        Arguments.of(List.of("emit", "powershell", "plan.yaml"), EmitCommand.class),
        Arguments.of(List.of("license", "--help"), LicenseCommand.class),
        Arguments.of(List.of("validate", "--help"), ValidateCommand.class));
  }

  @ParameterizedTest
  @MethodSource("oneCommand")
  void aCommandLineThatNamesACommandBuildsOnlyThatOne(List<String> args, Class<?> expected) {
    String[] argv = args.toArray(new String[0]);
    assertThat(Subcommands.neededFor(argv)).containsExactly(expected);
    assertThat(built(argv).getSubcommands().keySet()).containsExactly(Subcommands.name(expected));
  }

  static Stream<List<String>> everyCommand() {
    return Stream.of(
        List.of(),
        List.of("--debug"),
        List.of("--help"),
        List.of("-h", "validate"),
        List.of("-V", "validate"),
        List.of("--version", "--help"),
        List.of("--version", "plan.yaml"),
        List.of("--version=true"),
        List.of("valdate", "plan.yaml"),
        List.of("VALIDATE", "plan.yaml"),
        List.of("--debug=true", "validate"),
        List.of("@arguments.txt"),
        List.of("--", "validate"),
        List.of("plan.yaml", "validate"));
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void anyOtherCommandLineBuildsThemAll(List<String> args) {
    assertThat(Subcommands.neededFor(args.toArray(new String[0]))).isEqualTo(Subcommands.ALL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "--debug --version", "--version --debug"})
  void aPlainVersionBuildsNoCommandAndPrintsWhatTheFullTreePrints(String commandLine) {
    String[] args = commandLine.split(" ");
    assertThat(Subcommands.neededFor(args)).isEmpty();
    assertThat(built(args).getSubcommands()).isEmpty();
    assertSameAsFullTree(args);
    assertThat(Cli.run(args).out).startsWith("coexist ");
  }

  /** Help with no command named lists every command, in order, each with its description. */
  @Test
  void helpListsEveryCommand() {
    Cli help = Cli.run("--help");
    assertThat(help.exitCode).isZero();
    List<String> listed =
        help.out
            .lines()
            .dropWhile(line -> !line.equals("Commands:"))
            .skip(1)
            .filter(line -> line.matches("  \\S.*")) // not a description's continuation line
            .map(line -> line.strip().split(" ", 2)[0])
            .toList();
    assertThat(listed)
        .containsExactly("init", "demo", "validate", "emit", "diff", "import", "license");
    for (Class<?> subcommand : Subcommands.ALL) {
      String description =
          subcommand.getAnnotation(picocli.CommandLine.Command.class).description()[0];
      assertThat(help.out).contains(description.substring(0, Math.min(30, description.length())));
    }
  }

  /**
   * A command line built with only the command it names parses its arguments into the same options
   * and values, level by level, as the full tree does.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --today 2026-11-27 plan.yaml",
        "validate --format json --rules a.jar --rules b.jar plan.yaml",
        "--debug validate plan.yaml --today 2026-02-28",
        "emit powershell --today 2026-11-27 -o out.ps1 plan.yaml",
        "emit notesini --today 2026-11-27 -o notes.ini plan.yaml",
        "emit runbook --today 2026-11-27 plan.yaml",
        "init --environment exchange-online --primary-domain contoso.com --domino-domain ACME --exchange-domain contoso.com --coexistence-server COEX01/ACME=10.1.1.1",
        "demo --out demo --today 2026-11-27",
        "license --help"
      })
  void oneBuiltCommandParsesAsTheFullTree(String commandLine) {
    String[] args = commandLine.split(" ");
    assertThat(Subcommands.neededFor(args)).hasSize(1);
    CommandLine.ParseResult lazy = built(args).parseArgs(args);
    CommandLine.ParseResult full = built().parseArgs(args);
    assertThat(parsed(lazy)).isEqualTo(parsed(full)).isNotEmpty();
  }

  /** What a parse matched, command by command: options by name with values, then positionals. */
  private static List<String> parsed(CommandLine.ParseResult result) {
    List<String> matched = new java.util.ArrayList<>();
    for (CommandLine.ParseResult level = result; level != null; level = level.subcommand()) {
      matched.add("command " + level.commandSpec().qualifiedName());
      for (CommandLine.Model.OptionSpec option : level.matchedOptions()) {
        matched.add(option.longestName() + "=" + option.getValue());
      }
      for (CommandLine.Model.PositionalParamSpec positional : level.matchedPositionals()) {
        matched.add(positional.paramLabel() + "=" + positional.getValue());
      }
      matched.add("unmatched " + level.unmatched());
    }
    return matched;
  }

  /**
   * Building one subcommand must not change what it does: its help (with the inherited --debug) and
   * its usage errors come out exactly as from the full command tree.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --help",
        "validate",
        "validate --bogus plan.yaml",
        "validate --format xml plan.yaml",
        "init --help",
        "demo --help",
        "emit --help",
        "emit powershell --help",
        "emit notesini --help",
        "license --help",
        "license sign --help",
        "validate --today 2026-13-01 plan.yaml",
        "--debug validate --help",
        "validate --debug --help"
      })
  void oneBuiltCommandBehavesAsInTheFullTree(String commandLine) {
    String[] args = commandLine.split(" ");
    assertThat(Subcommands.neededFor(args)).hasSize(1);
    assertSameAsFullTree(args);
  }

  /** Runs {@code args} as coexist does and on the full tree: the same exit code and output. */
  private static void assertSameAsFullTree(String... args) {
    StringWriter lazyOut = new StringWriter();
    StringWriter lazyErr = new StringWriter();
    int lazy = CoexistCli.run(new PrintWriter(lazyOut, true), new PrintWriter(lazyErr, true), args);
    StringWriter fullOut = new StringWriter();
    StringWriter fullErr = new StringWriter();
    CommandLine full =
        CoexistCli.commandLine(new PrintWriter(fullOut, true), new PrintWriter(fullErr, true));
    assertThat(full.getSubcommands()).hasSize(Subcommands.ALL.size());
    int eager = full.execute(args);

    assertThat(lazy).isEqualTo(eager);
    assertThat(lazyOut.toString()).isEqualTo(fullOut.toString());
    assertThat(lazyErr.toString()).isEqualTo(fullErr.toString());
    assertThat(lazyOut.toString() + lazyErr.toString()).isNotBlank();
  }

  private static CommandLine built(String... args) {
    return CoexistCli.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }
}
