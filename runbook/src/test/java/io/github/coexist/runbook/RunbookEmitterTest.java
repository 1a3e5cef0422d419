package io.github.coexist.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.notesini.LineBreak;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.notesini.UnsafeSettingException;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunbookEmitterTest {

  /** The nouns of the plan's objects: their calls are steps; the script's frame is not. */
  private static final java.util.Set<String> OBJECT_NOUNS =
      java.util.Arrays.stream(io.github.coexist.core.model.ObjectKind.values())
          .map(io.github.coexist.core.model.ObjectKind::noun)
          .collect(java.util.stream.Collectors.toSet());

  static CoexistencePlan recommended(Environment environment) {
    return ScenarioPlans.recommended(environment);
  }

  static ValidatedPlan valid(CoexistencePlan plan) {
    return Judge.validate(plan);
  }

  static String markdown(CoexistencePlan plan) {
    return RunbookRenderer.render(RunbookEmitter.standard().emit(valid(plan)));
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void recommendedPlansMatchTheirGoldenRunbooks(Environment environment) {
    Golden.assertResource(
        "golden/runbook-" + environment.key() + ".md", markdown(recommended(environment)));
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyChangeOfBothScriptsIsInTheRunbookAsTheScriptWritesIt(Environment environment) {
    ValidatedPlan valid = valid(recommended(environment));
    String markdown = RunbookRenderer.render(RunbookEmitter.standard().emit(valid));
    List<CmdletCall> calls = PowerShellEmitter.standard().emit(valid).calls();
    List<CmdletCall> removals = RollbackEmitter.standard().emit(valid).calls();

    for (CmdletCall call : calls) {
      if (OBJECT_NOUNS.contains(call.noun()) && !call.verb().equals("Get")) {
        assertThat(markdown).contains(PowerShellRenderer.call(call));
      }
    }
    assertThat(removals).anyMatch(c -> c.verb().equals("Remove"));
    for (CmdletCall call : removals) {
      if (call.verb().equals("Remove")) {
        assertThat(markdown).contains(PowerShellRenderer.call(call));
      }
    }
  }

  @Test
  void exchangeOnlineChecksValidateTheOutboundConnectorWithADominoRecipient() {
    assertThat(markdown(recommended(Environment.EXCHANGE_ONLINE)))
        .contains(
            "Validate-OutboundConnector -Identity 'Outbound to Domino' -Recipients"
                + " 'postmaster@domino.contoso.com'\n")
        .contains("Get-InboundConnector -Identity 'Inbound from Domino'\n")
        .contains("show config BT*\ntell BTCal show\n")
        .doesNotContain("Get-ReceiveConnector");
  }

  @Test
  void exchangeServerChecksNameEachReceiveConnectorByServer() {
    assertThat(markdown(recommended(Environment.EXCHANGE_SERVER)))
        .contains("Get-SendConnector -Identity 'Outbound to Domino'\n")
        .contains("Get-ReceiveConnector -Identity 'EX01\\Inbound from Domino'\n")
        .contains("Get-ReceiveConnector -Identity 'EX02\\Inbound from Domino'\n")
        .doesNotContain("Validate-OutboundConnector");
  }

  @Test
  void aPlanWhoseNotesIniNeedsAnotherCharsetGetsItsRunbook() {
    CoexistencePlan plan = ScenarioPlans.germanNdrText(NotesIniCharset.WINDOWS_1252);

    assertThat(markdown(plan))
        .contains("BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n")
        .contains("set config BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n");
  }

  @Test
  void theDiagramPutsTheDomainsOnTheEdges() {
    Runbook runbook =
        RunbookEmitter.standard().emit(valid(recommended(Environment.EXCHANGE_SERVER)));

    assertThat(RunbookRenderer.mermaid(runbook.mailFlow()))
        .contains("    exchange[\"Exchange Server 2019 (EX01, EX02)\"]\n")
        .contains("    exchange -->|\"to domino.contoso.com\"| send0\n")
        .contains("    send0 -->|\"SMTP\"| coex0\n")
        .contains("    coex1 -->|\"to exch.contoso.com\"| receive1\n")
        .contains("    coex0 -->|\"to domino.contoso.com\"| domino\n");
  }

  @Test
  void hostileNamesAreInertInTheMarkdownAndTheDiagram() {
    CoexistencePlan recommended = recommended(Environment.EXCHANGE_SERVER);
    String name = "Out `$(calc)` [x](http://e) <b>|#1 “q” ‘s’";
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(recommended)
            .organization("Org ]\"# <script>")
            .sendConnectors(
                List.of(
                    SendConnector.builder()
                        .from(recommended.sendConnectors().get(0))
                        .name(name)
                        .build()))
            .build();

    String markdown = markdown(plan);

    assertThat(markdown)
        .startsWith(
            "# Domino coexistence runbook: Org \\]\"# &lt;script&gt;, Exchange Server 2019\n")
        .contains(
            "    send0[\"Send connector Out #96;#36;(calc)#96; #91;x#93;(http://e)"
                + " #60;b#62;#124;#35;1 #8220;q#8221; #8216;s#8217;\"]\n")
        .contains(
            "#### Step 6: guide 7.2.4 Create a Send Connector: Out \\`\\$(calc)\\`"
                + " \\[x\\](http://e) &lt;b&gt;\\|#1 “q” ‘s’\n")
        // In code the name is the script's own single-quoted literal, quotes doubled.
        .contains("New-SendConnector -Name 'Out `$(calc)` [x](http://e) <b>|#1 “q” ‘‘s’’'")
        .doesNotContain("<script>");
  }

  @Test
  void hostileDirectoryNamesAreInertInTheDominoDirectorySteps() {
    CoexistencePlan recommended = recommended(Environment.EXCHANGE_SERVER);
    DominoSettings domino = recommended.domino().orElseThrow();
    DominoDirectory directory = domino.directory().orElseThrow();
    String hostile = "G ```]]> <b>&amp; \"q\" `$(x)` \u05D0";
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(recommended)
            .domino(
                DominoSettings.builder()
                    .from(domino)
                    .directory(
                        DominoDirectory.builder()
                            .from(directory)
                            .notesDomain("A&B <Mail>")
                            .globalDomain(
                                GlobalDomain.builder()
                                    .from(directory.globalDomain().orElseThrow())
                                    .name(hostile)
                                    .build())
                            .build())
                    .build())
            .build();

    String markdown = markdown(plan);

    // The title is escaped Markdown; inside the fenced block the value is verbatim, and the
    // fence is longer than any run of backticks in it, so the value cannot close it.
    assertThat(markdown)
        .contains(
            "#### Step 15: Before BTCal starts: Global Domain document G \\`\\`\\`\\]\\]&gt;"
                + " &lt;b&gt;&amp;amp; \"q\" \\`\\$(x)\\` \u05D0\n")
        .contains("Basics > Global domain name: " + hostile + "\n")
        .contains("````text\nBasics > Domain type: Global Domain\n")
        .contains("Basics > Source domain: A&B <Mail>\n");
  }

  @Test
  void theLicenseStepShowsThePlansLicenseAndItsInstallCommand() {
    CoexistencePlan plan = ScenarioPlans.licensed("C:\\Lotus\\Domino\\Data\\btcal.lic");

    assertThat(markdown(plan))
        .contains(
            "The plan's license: standard for Contoso, process domain ACME, generated 2026-01-05,"
                + " expires 2027-01-05, warnings to notes-admin@contoso.com.")
        .contains(
            "```text\nshow tasks\ntell btcal install license"
                + " C:\\Lotus\\Domino\\Data\\btcal.lic\n```")
        .contains("set config BTPROCESSDOMAIN=ACME")
        // The console path: BTPROCESSDOMAIN before BTCal starts, the license once BTCal is up.
        .containsSubsequence("set config BTPROCESSDOMAIN=ACME", "load BTCal", "show tasks");
  }

  @Test
  void theDominoStepSaysServerTasksAndRestart() {
    String markdown = markdown(recommended(Environment.EXCHANGE_SERVER));
    assertThat(markdown)
        .contains(
            MarkdownText.inline(
                "The console commands do not change ServerTasks: add BTCal to the ServerTasks"
                    + " line as well"))
        .contains(MarkdownText.inline("enter tell BTCal restart instead of load BTCal"));
  }

  @Test
  void aVerifiedLicenseShowsItsStatusOnTheDay() {
    License license = contosoLicense();
    Clock day =
        Clock.fixed(
            LocalDate.of(2026, 12, 16).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    LicenseStatus status = new LicenseEvaluator(day, ZoneOffset.UTC).evaluate(license);

    String markdown =
        RunbookRenderer.render(
            RunbookEmitter.standard()
                .withLicense(status)
                .emit(valid(recommended(Environment.EXCHANGE_ONLINE))));

    assertThat(markdown)
        .contains(
            MarkdownText.inline(
                "Verified license " + license.id() + ": standard for Contoso, process domain ACME"))
        .contains(
            MarkdownText.inline(
                "On 2026-12-16 it is expiring with 30 days left; BTCal runs, ZApp is not enabled"))
        .contains(
            MarkdownText.inline(
                "Warning due: BTCal: license " + license.id() + " (standard) expires in 30 days"))
        .contains("```text\nshow tasks\n" + LicenseSteps.INSTALL_PLACEHOLDER + "\n```");
  }

  @Test
  void aLicenseIsEvaluatedOnTheDayThePlanWasValidatedOn() {
    License license = contosoLicense();
    ValidatedPlan validated =
        PlanValidator.standard()
            .validate(
                recommended(Environment.EXCHANGE_ONLINE),
                ValidationContext.on(LocalDate.of(2026, 12, 16)))
            .requireValid();

    String markdown =
        RunbookRenderer.render(RunbookEmitter.standard().withLicense(license).emit(validated));

    assertThat(markdown)
        .contains(
            MarkdownText.inline(
                "On 2026-12-16 it is expiring with 30 days left; BTCal runs, ZApp is not enabled"));
  }

  @Test
  void theSamePlanGivesTheSameRunbook() {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_ONLINE);

    assertThat(RunbookEmitter.standard().emit(valid(plan)))
        .isEqualTo(RunbookEmitter.standard().emit(valid(plan)));
  }

  /** A standard license for Contoso, from 2026-01-15 to 2027-01-15. */
  private static License contosoLicense() {
    return License.builder()
        .type(LicenseType.STANDARD)
        .licensee("Contoso")
        .processDomain("ACME")
        .adminEmail("notes-admin@contoso.com")
        .generated(LocalDate.of(2026, 1, 15))
        .expires(LocalDate.of(2027, 1, 15))
        .build();
  }

  /** The recommended server plan with a German NDR text, its notes.ini in windows-1252. */
  private static ValidatedPlan german() {
    return valid(ScenarioPlans.germanNdrText(NotesIniCharset.WINDOWS_1252));
  }

  @Test
  void theRunbookUsesTheNotesIniEmitterItIsGiven() {
    ValidatedPlan german = german();
    NotesIniEmitter ascii = NotesIniEmitter.builder().charset(StandardCharsets.US_ASCII).build();
    NotesIniEmitter crlf = NotesIniEmitter.builder().lineBreak(LineBreak.CRLF).build();

    // The standard runbook writes the plan's charset; one given an emitter for another refuses.
    assertThat(RunbookEmitter.standard().emit(german).text())
        .contains("BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n");
    assertThatThrownBy(() -> RunbookEmitter.builder().notesIni(ascii).build().emit(german))
        .isInstanceOf(UnsafeSettingException.class)
        .isInstanceOf(EmissionException.class)
        .satisfies(
            e ->
                assertThat(((EmissionException) e).path())
                    .contains(PlanPath.parse("domino.notesIniCharset")));
    RunbookEmitter emitter = RunbookEmitter.builder().notesIni(crlf).build();
    String markdown = emitter.emit(german).text();

    assertThat(emitter.notesIni()).isSameAs(crlf);
    assertThat(markdown)
        .contains("set config BTNDR54=Verschl\u00fcsselte Mail geht nicht an Outlook.\n")
        .contains(crlf.emit(german).text());
    // A license chosen afterwards keeps the emitters chosen before.
    License license = contosoLicense();
    assertThat(emitter.withLicense(license).notesIni()).isSameAs(crlf);
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void theRunbookWritesItselfAsItsRendererDoes(Environment environment) throws Exception {
    Runbook runbook = RunbookEmitter.builder().build().emit(valid(recommended(environment)));
    String markdown = RunbookRenderer.render(runbook);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    runbook.writeTo(bytes);
    StringBuilder text = new StringBuilder();
    runbook.writeTo(text);

    assertThat(runbook.text()).isEqualTo(markdown).isEqualTo(runbook.toString());
    assertThat(text.toString()).isEqualTo(markdown);
    assertThat(bytes.toByteArray()).isEqualTo(markdown.getBytes(StandardCharsets.UTF_8));
    assertThat(runbook.charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
