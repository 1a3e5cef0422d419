package com.example.migration;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.powershell.PowerShellEmitter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer's own test, on the class path, with coexist-testing's assertions. */
class MigrationTest {
  @TempDir Path dir;

  @Test
  void theEditedPlanIsValidAndEmitsWhatWasEdited() {
    assertThat(Migration.edited())
        .hasObject(ObjectKind.SEND_CONNECTOR, "Outbound to Domino")
        .isValidOn(Migration.DAY);
    assertThat(
            PowerShellEmitter.standard()
                .emit(
                    PlanValidator.standard()
                        .validate(Migration.edited(), ValidationContext.on(Migration.DAY))
                        .requireValid()))
        .invokes("New-SendConnector")
        .with("Comment", "Managed by the migration tool");
  }

  @Test
  void theWholeRunWritesEachArtifact() throws Exception {
    String summary = Migration.run(dir);

    assertThat(summary).matches("[0-9]+ findings, [0-9]+ statements, script [0-9]+ bytes, .*");
    assertThat(Files.readString(dir.resolve("plan.yaml"))).contains("organization: Contoso Ltd");
    assertThat(dir.resolve("exchange.ps1")).exists();
    assertThat(Files.readString(dir.resolve("runbook.md"))).contains("Contoso Ltd");
  }
}
