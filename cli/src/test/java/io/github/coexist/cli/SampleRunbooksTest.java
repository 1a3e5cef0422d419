package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.testsupport.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/sample-runbook-&lt;environment&gt;.md are exactly the runbooks {@code coexist demo} writes.
 */
class SampleRunbooksTest {
  @TempDir Path dir;

  @Test
  void docsHoldTheDemosRunbooks() throws Exception {
    Cli run = Cli.run("demo", "--out", dir.toString(), "--today", "2026-11-27");
    assertThat(run.exitCode).as(run.toString()).isZero();

    for (Environment environment : Environment.values()) {
      byte[] demo =
          Files.readAllBytes(dir.resolve(environment.key()).resolve(DemoCommand.RUNBOOK_FILE));
      Golden.assertFile("../docs/sample-runbook-" + environment.key() + ".md", demo);
    }
  }
}
