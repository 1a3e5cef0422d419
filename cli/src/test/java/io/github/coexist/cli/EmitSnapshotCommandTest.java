package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.powershell.SnapshotScriptEmitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmitSnapshotCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheScriptToAFileAsUtf8WithBomAndCrlf() throws Exception {
    Path out = dir.resolve("snapshot.ps1");

    Cli run = Cli.run("emit", "snapshot", "--environment", "exchange-server", "-o", out.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("wrote " + out + System.lineSeparator());
    assertThat(Files.readAllBytes(out))
        .isEqualTo(SnapshotScriptEmitter.standard().emit(Environment.EXCHANGE_SERVER).bytes());
  }

  @Test
  void writesToStandardOutputWithLfAndNoBomWhenAsked() {
    Cli run = Cli.run("emit", "snapshot", "--environment", "exchange-online", "--lf", "--no-bom");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("#Requires -Version 5.1\n")
        .doesNotContain("\r")
        .contains("Get-InboundConnector")
        .doesNotContain("Get-SendConnector");
    assertThat(run.out.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) '#');
  }

  @Test
  void refusesAMissingOrUnknownEnvironmentInOneLine() {
    Cli missing = Cli.run("emit", "snapshot");
    Cli unknown = Cli.run("emit", "snapshot", "--environment", "onprem");

    assertThat(missing.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err).contains("Missing required option: '--environment");
    assertThat(unknown.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err).contains("onprem");
  }
}
