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
        List.of("--version"),
        List.of("-V", "validate"),
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
    StringWriter lazyOut = new StringWriter();
    StringWriter lazyErr = new StringWriter();
    int lazy = CoexistCli.run(new PrintWriter(lazyOut, true), new PrintWriter(lazyErr, true), args);
    StringWriter fullOut = new StringWriter();
    StringWriter fullErr = new StringWriter();
    CommandLine full =
        CoexistCli.commandLine(new PrintWriter(fullOut, true), new PrintWriter(fullErr, true));
    assertThat(full.getSubcommands()).hasSize(Subcommands.ALL.size());
    int eager = full.execute(args);

    assertThat(Subcommands.neededFor(args)).hasSize(1);
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
