package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/sample-runbook-&lt;environment&gt;.md are exactly the runbooks {@code coexist demo} writes.
 */
class SampleRunbooksTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final String REGENERATE = "mvn -B -q -pl cli -am verify -Dcoexist.regenerate=true";

  @TempDir Path dir;

  @Test
  void docsHoldTheDemosRunbooks() throws Exception {
    Cli run = Cli.run("demo", "--out", dir.toString(), "--today", "2026-11-27");
    assertThat(run.exitCode).as(run.toString()).isZero();

    for (Environment environment : Environment.values()) {
      String demo =
          Files.readString(
              dir.resolve(environment.key()).resolve(DemoCommand.RUNBOOK_FILE),
              StandardCharsets.UTF_8);
      Path sample = DOCS.resolve("sample-runbook-" + environment.key() + ".md");
      if (Boolean.getBoolean("coexist.regenerate")) {
        Files.writeString(sample, demo, StandardCharsets.UTF_8);
      }

      assertThat(Files.readString(sample, StandardCharsets.UTF_8))
          .as("%s is not the demo's runbook; regenerate it with: %s", sample, REGENERATE)
          .isEqualTo(demo);
    }
  }
}
