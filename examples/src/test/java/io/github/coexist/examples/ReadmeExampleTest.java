package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.runbook.RunbookEmitter;
import io.github.coexist.runbook.RunbookRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example, compiled and run here. The code between the markers must be the
 * README's {@code java} block, line for line (indentation aside), so it cannot rot.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeExampleRuns() {
    // README-BEGIN
    PlanRequest request =
        PlanRequest.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .organization("Contoso")
            .primaryDomain(SmtpDomain.parse("contoso.com"))
            .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
            .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
            .addCoexistenceServers(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
            .addTransportServers("EX01")
            .build();
    CoexistencePlan plan = RecommendedPlans.create(request);

    ValidationReport report =
        PlanValidator.standard().validate(plan, ValidationContext.on(LocalDate.of(2026, 11, 27)));
    report.diagnostics().forEach(System.out::println); // WARNING COEX-TLS-003 sendConnectors[0]...

    ValidatedPlan valid = report.requireValid(); // throws InvalidPlanException listing the errors
    String script = PowerShellRenderer.render(new PowerShellEmitter().emit(valid));
    String notesIni = NotesIniEmitter.standard().emit(valid).consoleCommands().text();
    String runbook = RunbookRenderer.render(RunbookEmitter.standard().emit(valid));
    // README-END

    assertThat(report.diagnostics().get(0).toString())
        .startsWith("WARNING COEX-TLS-003 sendConnectors[0]");
    assertThat(script).contains("New-SendConnector -Name 'Outbound to Domino'");
    assertThat(notesIni).contains("set config BTEXCHANGEDOMAIN=Exchange\n");
    assertThat(runbook).startsWith("# Domino coexistence runbook: Contoso, Exchange Server 2019\n");
  }

  @Test
  void theReadmeShowsThisCode() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    String source =
        Files.readString(
            Path.of("src/test/java/io/github/coexist/examples/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String marked =
        source.substring(
            source.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length(),
            source.indexOf("    // README-END"));

    assertThat(stripped(block)).isEqualTo(stripped(marked));
  }

  private static List<String> stripped(String code) {
    return code.lines().map(String::strip).collect(Collectors.toList());
  }
}
