package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanInputTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  private Path write(String organization) throws Exception {
    CoexistencePlan plan =
        ScenarioPlans.withOrganization(Environment.EXCHANGE_ONLINE, organization);
    Path file = dir.resolve("plan.json");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.JSON));
    return file;
  }

  @Test
  void readValidReturnsTheValidatedPlanAndPrintsNothing() throws Exception {
    StringWriter err = new StringWriter();

    ValidatedPlan valid = PlanInput.readValid(write("Contoso"), TODAY, new PrintWriter(err));

    assertThat(valid.plan().organization()).contains("Contoso");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void readValidPrintsTheErrorsAndThrowsFindings() throws Exception {
    StringWriter err = new StringWriter();
    Path file = write("MARK-ERROR MARK-WARNING");

    assertThatThrownBy(() -> PlanInput.readValid(file, TODAY, new PrintWriter(err)))
        .isInstanceOf(FindingsException.class)
        .hasMessageStartingWith(file + ": 1 error, ")
        .hasMessageEndingWith("; nothing written");
    assertThat(err.toString())
        .isEqualTo(
            "ERROR COEX-TEST-001 organization: the organization carries the error marker (fix:"
                + " remove it)\n");
  }

  @Test
  void aBadFileIsAUserErrorWithItsLocation() throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, "formatVersion: 1\nenvironment: exchange-online\nfoo: 1\n");

    assertThatThrownBy(() -> PlanInput.read(file))
        .isInstanceOf(UserError.class)
        .hasMessage(file + ":3:1: unknown key \"foo\" (docs/plan.schema.json lists the keys)");
    assertThatThrownBy(() -> PlanInput.read(dir))
        .isInstanceOf(UserError.class)
        .hasMessage(dir + ": is a directory, not a plan file");
  }
}
