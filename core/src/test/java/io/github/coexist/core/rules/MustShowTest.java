package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.TestPlans.inbound;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.policy;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.remote;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.IpRange;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "must show" lists of issues 5 and 6, through {@code PlanValidator.standard()}: each defect of
 * the guide is one finding at its path, with the severity the issues name.
 */
class MustShowTest {
  private static ValidationReport validate(CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(TestPlans.TODAY));
  }

  /** Asserts exactly one finding of {@code ruleId} at {@code path}, with {@code severity}. */
  private static Diagnostic onlyFinding(
      ValidationReport report, String ruleId, String path, Severity severity) {
    List<Diagnostic> found =
        report.diagnostics().stream()
            .filter(d -> d.ruleId().equals(ruleId))
            .collect(Collectors.toList());
    assertThat(found).as(report.toString()).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo(path);
    assertThat(found.get(0).severity()).isEqualTo(severity);
    return found.get(0);
  }

  @Test
  void theGuidesLabTemplateDomainIsAnError() {
    ValidationReport report =
        validate(
            policy(
                server(),
                0,
                p ->
                    p.addEnabledEmailAddressTemplates(
                        EmailAddressTemplate.parse("smtp:%m@exch.btm-lab.com"))));
    Diagnostic d =
        onlyFinding(
            report,
            "COEX-ADOM-003",
            "emailAddressPolicies[0].enabledEmailAddressTemplates[2]",
            Severity.ERROR);
    assertThat(d.message()).contains("exch.btm-lab.com");
    assertThat(d.reference()).contains("E14");
    assertThat(report.validatedPlan()).isEmpty();
  }

  @Test
  void aSendConnectorInAnOffice365PlanIsAnError() {
    ValidationReport report =
        validate(plan(online(), p -> p.addAllSendConnectors(server().sendConnectors())));
    onlyFinding(report, "COEX-ENV-001", "sendConnectors", Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void anAttributeThatDoesNotExistInItsEnvironmentIsAnError() {
    ValidationReport report = validate(remote(online(), 0, r -> r.messageCountThreshold(10)));
    onlyFinding(report, "COEX-ENV-002", "remoteDomains[0].messageCountThreshold", Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void theGuidesLiteralReceiveConnectorIsAnError() {
    ValidationReport report = validate(ReceiveConnectorRulesTest.guideLiteral());
    Diagnostic d =
        onlyFinding(
            report, "COEX-RECV-003", "receiveConnectors[0].permissionGroups[0]", Severity.ERROR);
    assertThat(d.reference()).contains("E10");
    assertThat(report.validatedPlan()).isEmpty();
  }

  @Test
  void aDuplicatedAddressSpaceIsAnError() {
    ValidationReport report =
        validate(
            send(server(), 0, s -> s.addAddressSpaces(AddressSpace.parse("domino.contoso.com"))));
    onlyFinding(report, "COEX-SEND-002", "sendConnectors[0].addressSpaces[1]", Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void anOpenRangeIsAnOpenRelayError() {
    ValidationReport report =
        validate(
            receive(
                server(),
                1,
                r -> r.remoteIpRanges(List.of(IpRange.parse("0.0.0.0-255.255.255.255")))));
    Diagnostic d =
        onlyFinding(
            report, "COEX-RECV-007", "receiveConnectors[1].remoteIpRanges[0]", Severity.ERROR);
    assertThat(d.message()).contains("open relay").contains("0.0.0.0-255.255.255.255");
  }

  @Test
  void aSlash16SenderRangeIsAnErrorAtItsPath() {
    ValidationReport report =
        validate(inbound(online(), 0, c -> c.addSenderIpAddresses(IpRange.parse("20.30.0.0/16"))));
    onlyFinding(
        report, "COEX-EXO-003", "inboundConnectors[0].senderIpAddresses[2]", Severity.ERROR);
    assertThat(report.withSeverity(Severity.ERROR)).hasSize(1);
  }

  @Test
  void tlsOffIsAWarningAtTheAttributeWithAHint() {
    ValidationReport report =
        validate(RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE)));
    Diagnostic d =
        onlyFinding(report, "COEX-TLS-001", "outboundConnectors[0].tlsSettings", Severity.WARNING);
    assertThat(d.hint()).contains("EncryptionOnly");
    assertThat(report.hasErrors()).isFalse();
  }
}
