package io.github.coexist.examples;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.CoexistException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.runbook.RunbookEmitter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples, compiled and run here. The code between each pair of markers is a
 * {@code java} block of the README, line for line (indentation aside): {@link ReadmeSnippetsTest}
 * checks that every block of the README is one of them, so none can rot.
 */
class ReadmeExampleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  private static ValidatedPlan valid() {
    return PlanValidator.standard()
        .validate(
            RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER)),
            ValidationContext.on(DAY))
        .requireValid();
  }

  @Test
  void buildValidateAndEmit() throws Exception {
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
    PowerShellScript script = PowerShellEmitter.standard().emit(valid);
    try (OutputStream out = Files.newOutputStream(dir.resolve("exchange.ps1"))) {
      script.writeTo(out); // UTF-8 with BOM and CRLF, as Windows PowerShell 5.1 needs
    }
    String console = ConsoleCommandsEmitter.standard().emit(valid).text();
    String runbook = RunbookEmitter.standard().emit(valid).text();
    // README-END

    assertThat(report.diagnostics().get(0).toString())
        .startsWith("WARNING COEX-TLS-003 sendConnectors[0]");
    byte[] written = Files.readAllBytes(dir.resolve("exchange.ps1"));
    assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(written, StandardCharsets.UTF_8))
        .contains("New-SendConnector -Name 'Outbound to Domino'")
        .contains("\r\n");
    assertThat(console).contains("set config BTEXCHANGEDOMAIN=Exchange\n");
    assertThat(runbook).startsWith("# Domino coexistence runbook: Contoso, Exchange Server 2019\n");
  }

  @Test
  void editAPlan() throws Exception {
    PlanWriter.write(valid().plan(), dir.resolve("plan.yaml"));
    // README-BEGIN
    CoexistencePlan loaded = PlanReader.standard().read(dir.resolve("plan.yaml"));
    CoexistencePlan edited =
        loaded
            .mapObjects(
                SendConnector.class, c -> c.toBuilder().comment("Managed by coexist").build())
            .toBuilder()
            .organization("Contoso Ltd")
            .build();
    PlanWriter.write(edited, dir.resolve("plan.yaml"));
    // README-END

    CoexistencePlan reread = PlanReader.standard().read(dir.resolve("plan.yaml"));
    assertThat(reread.organization()).contains("Contoso Ltd");
    assertThat(reread.sendConnectors())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.comment()).contains("Managed by coexist"));
    assertThat(reread.toBuilder().organization("Contoso").build().sendConnectors())
        .isEqualTo(edited.sendConnectors());
  }

  @Test
  void catchTheOneExceptionFamily() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // README-BEGIN
      try {
        PlanReader.standard().read(dir.resolve("missing.yaml"));
      } catch (CoexistException e) {
        System.err.println(e.getMessage()); // .../missing.yaml: no such file
      }
      // README-END
    } finally {
      System.setErr(stderr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo(dir.resolve("missing.yaml") + ": no such file" + System.lineSeparator());
  }

  @Test
  void rulesOfYourOwn() {
    LocalDate day = DAY;
    // README-BEGIN
    PlanValidator mine = PlanValidator.of(RuleSet.standard().with(new NoTestDomainsRule()));
    PlanValidator discovered = PlanValidator.withDiscoveredRules(); // + ServiceLoader's rules
    ValidationReport checked =
        mine.validate(CustomRuleExample.labPlan(), ValidationContext.on(day));
    // README-END

    assertThat(checked).hasError(NoTestDomainsRule.ID).atExactly("domains.dominoRouting");
    assertThat(discovered.rules().rule(NoTestDomainsRule.ID)).isPresent();
    assertThat(PlanValidator.standard().rules().rule(NoTestDomainsRule.ID)).isEmpty();
  }

  @Test
  void testingAssertions() {
    LocalDate day = DAY;
    ValidatedPlan valid = valid();
    CoexistencePlan plan = valid.plan();
    byte[] bytes = NotesIniEmitter.standard().emit(valid).bytes();
    // README-BEGIN
    assertThat(plan)
        .isValidOn(day)
        .validatedOn(day)
        .hasWarning("COEX-TLS-003")
        .at("sendConnectors[0]");
    assertThat(PowerShellEmitter.standard().emit(valid))
        .invokes("New-SendConnector")
        .with("SmartHosts", "10.1.1.1", "10.1.1.2");
    assertThat(NotesIniDocument.parse(bytes)).hasSetting("BTEXCHANGEDB", "btexchange.box");
    // README-END
  }
}
