package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The send connector's TLS parameters, only in the combinations New-SendConnector allows:
 * TlsAuthLevel needs RequireTLS and STARTTLS, TlsDomain needs DomainValidation.
 */
final class SendConnectorTlsRules {
  private SendConnectorTlsRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-SEND-009",
            ERROR,
            "TlsAuthLevel only with RequireTLS $true and without IgnoreSTARTTLS",
            "The cmdlet refuses a TLS authentication level when TLS is not required or STARTTLS"
                + " is ignored.",
            "Microsoft: New-SendConnector -TlsAuthLevel",
            SendConnectorTlsRules::authLevelNeedsTls),
        BuiltInRule.of(
            "COEX-SEND-010",
            ERROR,
            "TlsDomain only with TlsAuthLevel DomainValidation",
            "The domain is what DomainValidation checks the certificate against; with any other"
                + " level the cmdlet refuses it.",
            "Microsoft: New-SendConnector -TlsDomain",
            SendConnectorTlsRules::domainNeedsDomainValidation),
        BuiltInRule.of(
            "COEX-SEND-011",
            ERROR,
            "DomainValidation through smart hosts names its TlsDomain",
            "With smart-host routing there is no recipient domain to validate against, so"
                + " DomainValidation requires TlsDomain.",
            "Microsoft: New-SendConnector -TlsDomain",
            SendConnectorTlsRules::domainValidationNeedsDomain),
        BuiltInRule.of(
            "COEX-SEND-012",
            ERROR,
            "RequireTLS $true is not combined with IgnoreSTARTTLS $true",
            "Ignoring STARTTLS means never encrypting; requiring TLS at the same time makes every"
                + " delivery to Domino fail.",
            "Microsoft: New-SendConnector -RequireTLS, -IgnoreSTARTTLS",
            SendConnectorTlsRules::requireAndIgnore));
  }

  private static PlanPath send(int index) {
    return PlanPath.of(ObjectKind.SEND_CONNECTOR, index);
  }

  static void authLevelNeedsTls(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (c.tlsAuthLevel().isEmpty()) {
        continue;
      }
      if (!c.requireTls().orElse(false) || c.ignoreStarttls().orElse(false)) {
        ctx.report(
            send(i).key("tlsAuthLevel"),
            "tlsAuthLevel "
                + c.tlsAuthLevel().get().exchangeName()
                + " with requireTls "
                + c.requireTls().map(String::valueOf).orElse("not set")
                + " and ignoreStarttls "
                + c.ignoreStarttls().map(String::valueOf).orElse("not set"),
            "set requireTls to true and ignoreStarttls to false, or remove tlsAuthLevel");
      }
    }
  }

  static void domainNeedsDomainValidation(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (c.tlsDomain().isPresent()
          && !c.tlsAuthLevel().equals(Optional.of(TlsAuthLevel.DOMAIN_VALIDATION))) {
        ctx.report(
            send(i).key("tlsDomain"),
            "tlsDomain "
                + c.tlsDomain().get()
                + " with tlsAuthLevel "
                + c.tlsAuthLevel().map(TlsAuthLevel::exchangeName).orElse("not set"),
            "set tlsAuthLevel to DomainValidation, or remove tlsDomain");
      }
    }
  }

  static void domainValidationNeedsDomain(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      boolean smartHostRouting = !c.dnsRoutingEnabled().orElse(true);
      if (smartHostRouting
          && c.tlsAuthLevel().equals(Optional.of(TlsAuthLevel.DOMAIN_VALIDATION))
          && c.tlsDomain().isEmpty()) {
        ctx.report(
            send(i).key("tlsDomain"),
            "tlsAuthLevel DomainValidation through smart hosts without tlsDomain",
            "set tlsDomain to the domain in the coexistence servers' certificate");
      }
    }
  }

  static void requireAndIgnore(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (c.requireTls().orElse(false) && c.ignoreStarttls().orElse(false)) {
        ctx.report(
            send(i).key("ignoreStarttls"),
            "requireTls true together with ignoreStarttls true",
            "set ignoreStarttls to false");
      }
    }
  }
}
