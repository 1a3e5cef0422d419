package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both recommended plans pass, and every finding they keep is deliberate and documented. */
class RecommendedPlansValidationTest {
  static List<PlanRequest> requests() {
    List<PlanRequest> requests = new ArrayList<>();
    for (Environment environment : Environment.values()) {
      for (TlsChoice tls : TlsChoice.values()) {
        requests.add(
            PlanRequest.builder().from(RecommendedPlans.example(environment)).tls(tls).build());
      }
    }
    // Variations an administrator makes: one server, IPv6, another version, a certificate.
    requests.add(
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
            .coexistenceServers(List.of(CoexistenceServer.of("COEX01/ACME", "2001:db8::25")))
            .transportServers(List.of("EX01"))
            .exchangeVersion(ExchangeVersion.EXCHANGE_SE)
            .build());
    requests.add(
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
            .tls(TlsChoice.REQUIRED)
            .tlsCertificateName("coex.contoso.com")
            .build());
    // Exchange Online with public IPv4 addresses instead of host names.
    requests.add(publicIps());
    // Once the MX points at Exchange, the plans grant the guide's internal trust.
    for (Environment environment : Environment.values()) {
      requests.add(
          PlanRequest.builder()
              .from(RecommendedPlans.example(environment))
              .mailExchanger(MailExchanger.EXCHANGE)
              .build());
    }
    return requests;
  }

  static PlanRequest publicIps() {
    return PlanRequest.builder()
        .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
        .coexistenceServers(
            List.of(
                CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "20.30.40.1"),
                CoexistenceServer.of("COEX02/ACME", "10.1.1.2", "20.30.40.2")))
        .build();
  }

  private static ValidationReport validate(PlanRequest request) {
    return PlanValidator.standard()
        .validate(RecommendedPlans.create(request), ValidationContext.on(LocalDate.of(2026, 6, 1)));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void validatesWithoutErrors(PlanRequest request) {
    ValidationReport report = validate(request);
    assertThat(report.withSeverity(Severity.ERROR)).as(report.toString()).isEmpty();
    assertThat(report.requireValid().plan()).isEqualTo(report.plan());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void everyFindingIsDeliberate(PlanRequest request) {
    for (Diagnostic d : validate(request).diagnostics()) {
      assertThat(DeliberateFindings.reason(d.ruleId()))
          .as("a reason in DeliberateFindings for " + d)
          .isPresent();
    }
  }

  @Test
  void requiredTlsLeavesNoWarningOnWhatTheChoiceSets() {
    for (Environment environment : Environment.values()) {
      ValidationReport report =
          validate(
              PlanRequest.builder()
                  .from(RecommendedPlans.example(environment))
                  .tls(TlsChoice.REQUIRED)
                  .build());
      Set<String> warned =
          report.withSeverity(Severity.WARNING).stream()
              .map(Diagnostic::ruleId)
              .collect(Collectors.toSet());
      // Only the certificate name, which the choice cannot know, keeps its warning.
      assertThat(warned).isSubsetOf(Set.of("COEX-TLS-002"));
    }
  }

  @Test
  void opportunisticTlsWarnsOnEveryUnencryptedPath() {
    List<String> server =
        paths(validate(RecommendedPlans.example(Environment.EXCHANGE_SERVER)), Severity.WARNING);
    assertThat(server)
        .containsExactly(
            "COEX-TLS-003 sendConnectors[0].requireTls",
            "COEX-TLS-004 receiveConnectors[0].requireTls",
            "COEX-TLS-004 receiveConnectors[1].requireTls");
    List<String> online =
        paths(validate(RecommendedPlans.example(Environment.EXCHANGE_ONLINE)), Severity.WARNING);
    // Host names as public addresses: the servers are identified by certificate.
    assertThat(online).containsExactly("COEX-TLS-001 outboundConnectors[0].tlsSettings");
    assertThat(paths(validate(publicIps()), Severity.WARNING))
        .containsExactly(
            "COEX-TLS-001 outboundConnectors[0].tlsSettings",
            "COEX-TLS-002 inboundConnectors[0].tlsSenderCertificateName");
  }

  @Test
  void noTrustFindingOnAnyRecommendedPlan() {
    for (PlanRequest request : requests()) {
      assertThat(validate(request).diagnostics())
          .noneMatch(d -> d.ruleId().startsWith("COEX-TRUST-"))
          .noneMatch(d -> d.ruleId().startsWith("COEX-REACH-"));
    }
  }

  @Test
  void aCertificateNameEndsTheInboundWarning() {
    CoexistencePlan plan =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                .tls(TlsChoice.REQUIRED)
                .tlsCertificateName("coex.contoso.com")
                .build());
    ValidationReport report =
        PlanValidator.standard().validate(plan, ValidationContext.on(LocalDate.of(2026, 6, 1)));
    assertThat(report.withSeverity(Severity.WARNING)).isEmpty();
  }

  private static List<String> paths(ValidationReport report, Severity severity) {
    return report.withSeverity(severity).stream()
        .map(d -> d.ruleId() + " " + d.path())
        .collect(Collectors.toList());
  }
}
