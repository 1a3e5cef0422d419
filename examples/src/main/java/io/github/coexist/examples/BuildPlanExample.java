package io.github.coexist.examples;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.AllowedOofType;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.time.LocalDate;

/**
 * Builds an Exchange Server plan in code, as a migration tool that knows its organisation would,
 * validates it and prints the findings (one per line, then whether emitters will accept it).
 */
public final class BuildPlanExample {
  private BuildPlanExample() {}

  /** Validates as of today's date in UTC and prints the findings. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now(java.time.Clock.systemUTC())));
  }

  /** The plan: Fabrikam's one transport server and one coexistence server. */
  public static CoexistencePlan plan() {
    SmtpDomain domino = SmtpDomain.parse("notes.fabrikam.com");
    return CoexistencePlan.builder()
        .environment(Environment.EXCHANGE_SERVER)
        .exchangeVersion(ExchangeVersion.EXCHANGE_2019)
        .organization("Fabrikam")
        .domains(Domains.of("fabrikam.com", "notes.fabrikam.com", "mail.fabrikam.com"))
        .addCoexistenceServers(CoexistenceServer.of("COEX/FABRIKAM", "192.168.10.5"))
        .addTransportServers("EXCH1")
        .addRemoteDomain(
            RemoteDomain.builder()
                .name("notes.fabrikam.com")
                .domainName(domino)
                .allowedOofType(AllowedOofType.INTERNAL_LEGACY)
                .tnefEnabled(false)
                .build())
        .addAcceptedDomain(
            AcceptedDomain.builder()
                .name("mail.fabrikam.com")
                .domainName(SmtpDomain.parse("mail.fabrikam.com"))
                .domainType(AcceptedDomainType.AUTHORITATIVE)
                .build())
        .addSendConnector(
            SendConnector.builder()
                .name("To Notes")
                .addAddressSpace(AddressSpace.smtp(domino, 1))
                .dnsRoutingEnabled(false)
                .addSmartHost(SmartHost.parse("192.168.10.5"))
                .addSourceTransportServers("EXCH1")
                .requireTls(true)
                .build())
        .addReceiveConnector(
            ReceiveConnector.builder()
                .name("From Notes")
                .server("EXCH1")
                .addBinding(Binding.parse("0.0.0.0:25"))
                .addRemoteIpRange(IpRange.parse("192.168.10.5"))
                .addPermissionGroup(PermissionGroup.EXCHANGE_SERVERS)
                .addAuthMechanism(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE)
                .requireTls(true)
                .build())
        .domino(
            DominoSettings.builder()
                .foreignDomain("Exchange")
                .foreignDomainMailbox("btexchange.box")
                .directory(
                    DominoDirectory.builder()
                        .notesDomain("FABRIKAM")
                        .exchangeRelayHost(SmartHost.parse("EXCH1"))
                        .globalDomain(
                            GlobalDomain.builder()
                                .name("Fabrikam Global Domain")
                                .primaryInternetDomain(SmtpDomain.parse("fabrikam.com"))
                                .addInternetDomainAliases(domino)
                                .build())
                        .build())
                .build())
        .build();
  }

  /** The findings of {@link #plan()} as of {@code today}, one per line, then a verdict. */
  public static String run(LocalDate today) {
    ValidationReport report =
        PlanValidator.standard().validate(plan(), ValidationContext.on(today));
    return Findings.print(report);
  }
}
