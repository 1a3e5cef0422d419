package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.planio.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitCommandTest {
  @TempDir Path dir;

  private static List<String> serverArgs(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "init",
                "--environment",
                "exchange-server",
                "--primary-domain",
                "contoso.com",
                "--domino-domain",
                "domino.contoso.com",
                "--exchange-domain",
                "exch.contoso.com",
                "--coexistence-server",
                "COEX01/ACME=10.1.1.1",
                "--coexistence-server",
                "10.1.1.2",
                "--transport-server",
                "EX01"));
    args.addAll(List.of(extra));
    return args;
  }

  private static Cli init(String... extra) {
    return Cli.run(serverArgs(extra).toArray(new String[0]));
  }

  @Test
  void writesTheRecommendedPlanAsYamlToStandardOutput() {
    Cli run = init();

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    CoexistencePlan expected =
        RecommendedPlans.create(
            PlanRequest.builder()
                .environment(Environment.EXCHANGE_SERVER)
                .primaryDomain(SmtpDomain.parse("contoso.com"))
                .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
                .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
                .addCoexistenceServer(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
                .addCoexistenceServer(CoexistenceServer.of("10.1.1.2", "10.1.1.2"))
                .addTransportServers("EX01")
                .build());
    assertThat(run.out).startsWith("formatVersion: 1\nenvironment: exchange-server\n");
    assertThat(PlanReader.standard().read(run.out, "stdout.yaml")).isEqualTo(expected);
  }

  @Test
  void appliesTheDocumentedDefaults() {
    CoexistencePlan plan = PlanReader.standard().read(init().out, "stdout.yaml");

    assertThat(plan.exchangeVersion()).contains(ExchangeVersion.EXCHANGE_2019);
    assertThat(plan.domino().orElseThrow().foreignDomain()).contains("Exchange");
    assertThat(plan.domino().orElseThrow().foreignDomainMailbox()).contains("btexchange.box");
    DominoDirectory directory = plan.domino().orElseThrow().directory().orElseThrow();
    assertThat(directory.notesDomain()).as("the first server's organization").contains("ACME");
    assertThat(directory.exchangeRelayHost())
        .as("the first transport server")
        .hasValueSatisfying(h -> assertThat(h).hasToString("ex01"));
    assertThat(directory.globalDomain().orElseThrow().internetDomainAliases())
        .extracting(Object::toString)
        .containsExactly("domino.contoso.com");
    assertThat(plan.sendConnectors().get(0).requireTls()).contains(false);
    assertThat(plan.receiveConnectors().get(0).requireTls()).contains(false);
  }

  @Test
  void optionsOverrideTheDefaults() {
    CoexistencePlan plan =
        PlanReader.standard()
            .read(
                init(
                        "--exchange-version", "se",
                        "--tls", "required",
                        "--foreign-domain", "Exchange2",
                        "--foreign-domain-mailbox", "btexch2.box",
                        "--notes-domain", "CONTOSO",
                        "--exchange-relay-host", "10.2.0.25",
                        "--organization", "Contoso")
                    .out,
                "stdout.yaml");

    assertThat(plan.exchangeVersion()).contains(ExchangeVersion.EXCHANGE_SE);
    assertThat(plan.sendConnectors().get(0).requireTls()).contains(true);
    assertThat(plan.domino().orElseThrow().foreignDomain()).contains("Exchange2");
    assertThat(plan.domino().orElseThrow().foreignDomainMailbox()).contains("btexch2.box");
    DominoDirectory directory = plan.domino().orElseThrow().directory().orElseThrow();
    assertThat(directory.notesDomain()).contains("CONTOSO");
    assertThat(directory.exchangeRelayHost().orElseThrow()).hasToString("10.2.0.25");
    assertThat(directory.globalDomain().orElseThrow().name()).isEqualTo("CONTOSO Global Domain");
    assertThat(plan.organization()).contains("Contoso");
  }

  @Test
  void writesYamlOrJsonByTheExtensionWithTheSameKeys() throws Exception {
    Path yaml = dir.resolve("plan.yaml");
    Path json = dir.resolve("plan.json");

    Cli toYaml = init("-o", yaml.toString());
    Cli toJson = init("-o", json.toString());

    assertThat(toYaml.exitCode).as(toYaml.toString()).isZero();
    assertThat(toJson.exitCode).as(toJson.toString()).isZero();
    assertThat(toYaml.out).isEqualTo("coexist: wrote " + yaml + "\n");
    assertThat(Files.readString(json)).startsWith("{\n");
    JsonNode yamlTree = new YAMLMapper().readTree(yaml.toFile());
    JsonNode jsonTree = new JsonMapper().readTree(json.toFile());
    assertThat(yamlTree).isEqualTo(jsonTree);
    assertThat(PlanReader.standard().read(yaml)).isEqualTo(PlanReader.standard().read(json));
  }

  @Test
  void exchangeOnlinePlanSpellsOutTheTlsChoiceAsNull() {
    Cli run =
        Cli.run(
            "init",
            "--environment=exchange-online",
            "--primary-domain=contoso.com",
            "--domino-domain=domino.contoso.com",
            "--exchange-domain=exch.contoso.com",
            "--coexistence-server=10.1.1.1,public=20.30.40.1",
            "--tenant=contoso.onmicrosoft.com");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("    tlsSettings: null\n")
        .contains("tenant: contoso.onmicrosoft.com\n")
        .contains("    publicAddress: 20.30.40.1\n")
        .contains("    smartHosts:\n      - 20.30.40.1\n")
        .contains("    senderIpAddresses:\n      - 20.30.40.1\n");
  }

  @Test
  void exchangeOnlineWithoutAPublicAddressIsAUsageError() {
    Cli run =
        Cli.run(
            "init",
            "--environment=exchange-online",
            "--primary-domain=contoso.com",
            "--domino-domain=domino.contoso.com",
            "--exchange-domain=exch.contoso.com",
            "--coexistence-server=COEX01/ACME=10.1.1.1,public=coex01.contoso.com",
            "--coexistence-server=COEX02/ACME=10.1.1.2");

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines().findFirst().orElseThrow())
        .isEqualTo(
            "coexist: --coexistence-server COEX02/ACME: Exchange Online reaches the coexistence"
                + " servers over the internet; add the public address or host name"
                + " (NAME=ADDR,public=PUBLIC) (see 'coexist init --help')");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void publicHostNamesAndTheMailExchanger() {
    Cli run =
        Cli.run(
            "init",
            "--environment=exchange-online",
            "--primary-domain=contoso.com",
            "--domino-domain=domino.contoso.com",
            "--exchange-domain=exch.contoso.com",
            "--coexistence-server=COEX01/ACME=10.1.1.1,public=coex01.contoso.com",
            "--coexistence-server=COEX02/ACME=10.1.1.2,PUBLIC=coex02.contoso.com",
            "--mail-exchanger=exchange");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("mailExchanger: exchange\n")
        .contains("      - coex01.contoso.com\n      - coex02.contoso.com\n")
        .contains("    tlsSenderCertificateName: '*.contoso.com'\n")
        .contains("    treatMessagesAsInternal: true\n");
  }

  static Stream<List<String>> usageErrors() {
    return Stream.of(
        List.of("init", "--environment", "exchange-server"),
        serverArgs("--primary-domain", "not a domain"),
        serverArgs("--environment", "exchange-cloud"),
        serverArgs("--coexistence-server", "COEX01/ACME=10.1.1.1,public=10.0.0.0/8"),
        serverArgs("--coexistence-server", "COEX01/ACME=10.1.1.1,coex01.contoso.com"),
        serverArgs("--mail-exchanger", "postfix"),
        serverArgs("--coexistence-server", "10.1.1"),
        serverArgs("--tls", "sometimes"),
        serverArgs("--tenant", "contoso.onmicrosoft.com"),
        serverArgs("--no-such-option"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void badUsageExitsWithTwoAndOneLineNamingTheOption(List<String> args) {
    Cli run = Cli.run(args.toArray(new String[0]));

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("coexist: ").contains("--").doesNotContain("\tat ");
    assertThat(run.err.lines().findFirst().orElseThrow()).doesNotContain("Exception");
  }

  @Test
  void aRefusedDomainIsExplainedByItsOption() {
    Cli run = init("--primary-domain", "contoso..com");

    assertThat(run.err)
        .isEqualTo(
            "coexist: Invalid value for option '--primary-domain': not an SMTP domain:"
                + " \"contoso..com\" (empty label) (see 'coexist init --help')\n");
  }

  @Test
  void aMissingFolderForTheOutputIsAUserError() {
    Cli run = init("-o", dir.resolve("missing/plan.yaml").toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .isEqualTo(
            "coexist: -o " + dir.resolve("missing/plan.yaml") + ": the folder does not exist\n");
  }

  @Test
  void debugShowsTheStackTraceOfAUserError() {
    Cli run = init("--debug", "-o", dir.resolve("missing/plan.yaml").toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("\tat ");
  }

  /** Every kind of quote, PowerShell's $( ) and backticks, and a command separator. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "O'Brien & Co",
        "‘single’ ‚low‛",
        "“double” „low“ \"ascii\"",
        "$(Remove-Item C:\\ -Recurse)",
        "`whoami`",
        "Contoso; Stop-Computer",
        "'; Remove-Mailbox -Identity * ; '"
      })
  void hostileOrganizationIsKeptExactlyInThePlanFile(String organization) throws Exception {
    for (String name : List.of("plan.yaml", "plan.json")) {
      Path file = dir.resolve(name);
      Cli run = init("--organization", organization, "-o", file.toString());

      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(PlanReader.standard().read(file).organization()).contains(organization);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rtl\u200Fmark", "no\u00A0break", "filler\u3164", "zero\u200Bwidth"})
  void organizationWithInvisibleCharactersIsRefusedNamingTheOption(String organization) {
    // Validation refuses them in every name (COEX-XOBJ-007): init does not write such a plan.
    Cli run = init("--organization", organization);

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines().findFirst().orElseThrow())
        .startsWith(
            "coexist: Invalid value for option '--organization': invisible characters are"
                + " not allowed (found U+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"line one\nline two", "cr\rreturn", "nul\u0000byte", "tab\there"})
  void organizationWithControlCharactersIsRefusedNamingTheOption(String organization) {
    Cli run = init("--organization", organization);

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines().findFirst().orElseThrow())
        .startsWith(
            "coexist: Invalid value for option '--organization': control characters are"
                + " not allowed (found U+00");
  }
}
