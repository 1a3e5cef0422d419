package io.github.coexist.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.AllowedOofType;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.ReceiveConnectorUsage;
import io.github.coexist.core.model.RecipientType;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.model.SendConnectorUsage;
import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.model.TransportRole;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recommended plans, object by object, against the guide's intent with the errata applied. */
class RecommendedPlansTest {
  private final CoexistencePlan online =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));
  private final CoexistencePlan server =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));

  @Test
  void remoteDomainForTheDominoSubdomainOnBothSides() {
    for (CoexistencePlan plan : new CoexistencePlan[] {online, server}) {
      assertThat(plan.remoteDomains()).hasSize(1);
      RemoteDomain remote = plan.remoteDomains().get(0);
      assertThat(remote.name()).isEqualTo("domino.contoso.com");
      assertThat(remote.domainName()).contains(SmtpDomain.parse("domino.contoso.com"));
      assertThat(remote.allowedOofType()).contains(AllowedOofType.INTERNAL_LEGACY);
      assertThat(remote.tnefEnabled()).as("Use Rich Text Format: Never").contains(false);
      // Not the guide's $true: a sender domain anyone can forge is no reason to trust mail.
      assertThat(remote.trustedMailInboundEnabled()).contains(false);
      assertThat(remote.deliveryReportEnabled()).contains(true);
      // E5: InternalLegacy already sets IsInternal; it is not emitted twice.
      assertThat(remote.isInternal()).isEmpty();
    }
    // E4: the on-premises step sets TrustedMailOutboundEnabled (the guide misspells it).
    assertThat(server.remoteDomains().get(0).trustedMailOutboundEnabled()).contains(true);
    assertThat(online.remoteDomains().get(0).trustedMailOutboundEnabled()).isEmpty();
  }

  @Test
  void acceptedDomainsKeepThePrimaryAndMakeTheExchangeSubdomainAuthoritative() {
    assertThat(server.acceptedDomains())
        .extracting(AcceptedDomain::name)
        .containsExactly("contoso.com", "exch.contoso.com");
    AcceptedDomain primary = server.acceptedDomains().get(0);
    assertThat(primary.domainType()).as("the primary domain is only checked").isEmpty();
    AcceptedDomain routing = server.acceptedDomains().get(1);
    assertThat(routing.domainName()).contains(SmtpDomain.parse("exch.contoso.com"));
    assertThat(routing.domainType()).contains(AcceptedDomainType.AUTHORITATIVE);
    // E6: Exchange Online has no New-AcceptedDomain and no DomainName parameter on Set-.
    assertThat(online.acceptedDomains())
        .extracting(AcceptedDomain::name)
        .containsExactly("contoso.com", "exch.contoso.com");
    assertThat(online.acceptedDomains()).allSatisfy(d -> assertThat(d.domainName()).isEmpty());
    assertThat(online.acceptedDomains().get(1).domainType())
        .contains(AcceptedDomainType.AUTHORITATIVE);
  }

  @Test
  void addressPolicyOnPremisesOnly() {
    // E15: Exchange Online policies are for Microsoft 365 Groups only.
    assertThat(online.emailAddressPolicies()).isEmpty();
    assertThat(server.emailAddressPolicies()).hasSize(1);
    EmailAddressPolicy policy = server.emailAddressPolicies().get(0);
    assertThat(policy.name()).isEqualTo("Exchange Users");
    assertThat(policy.includedRecipients())
        .containsExactly(
            RecipientType.MAILBOX_USERS, RecipientType.RESOURCES, RecipientType.MAIL_GROUPS);
    // E14/E20: templates only on the plan's own domains, one primary.
    assertThat(policy.enabledEmailAddressTemplates())
        .extracting(Object::toString)
        .containsExactly("SMTP:%m@contoso.com", "smtp:%m@exch.contoso.com");
  }

  @Test
  void sendConnectorHasOneAddressSpaceAndTheCoexistenceServersAsSmartHosts() {
    assertThat(online.sendConnectors()).as("E8").isEmpty();
    SendConnector send = server.sendConnectors().get(0);
    assertThat(send.name()).isEqualTo("Outbound to Domino");
    assertThat(send.usage()).contains(SendConnectorUsage.CUSTOM);
    // E12: the address space once.
    assertThat(send.addressSpaces())
        .extracting(Object::toString)
        .containsExactly("SMTP:domino.contoso.com;1");
    assertThat(send.dnsRoutingEnabled()).contains(false);
    assertThat(send.smartHosts())
        .extracting(Object::toString)
        .containsExactly("10.1.1.1", "10.1.1.2");
    // E19: from the plan, not the guide's lab server.
    assertThat(send.sourceTransportServers()).containsExactly("EX01", "EX02");
    assertThat(send.requireTls()).contains(false);
    assertThat(send.isScopedConnector()).contains(false);
  }

  @Test
  void oneAnonymousReceiveConnectorPerTransportServerWhileDominoIsTheMx() {
    assertThat(online.receiveConnectors()).as("E7").isEmpty();
    // E21: one per server.
    assertThat(server.receiveConnectors())
        .extracting(r -> r.server().orElseThrow())
        .containsExactly("EX01", "EX02");
    for (ReceiveConnector receive : server.receiveConnectors()) {
      assertThat(receive.name()).isEqualTo("Inbound from Domino");
      assertThat(receive.usage()).contains(ReceiveConnectorUsage.CUSTOM);
      assertThat(receive.bindings()).extracting(Object::toString).containsExactly("0.0.0.0:25");
      // E11: the coexistence servers only.
      assertThat(receive.remoteIpRanges())
          .extracting(Object::toString)
          .containsExactly("10.1.1.1", "10.1.1.2");
      // Port 25 is the Front End Transport service's (COEX-RECV-020).
      assertThat(receive.transportRole()).contains(TransportRole.FRONTEND_TRANSPORT);
      // Least trust while Domino receives internet mail: anonymous, not externally secured.
      assertThat(receive.permissionGroups()).containsExactly(PermissionGroup.ANONYMOUS_USERS);
      assertThat(receive.authMechanism()).containsExactly(AuthMechanism.TLS);
    }
  }

  @Test
  void externallySecuredOnceExchangeIsTheMx() {
    CoexistencePlan plan =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
                .mailExchanger(MailExchanger.EXCHANGE)
                .build());
    assertThat(plan.mailExchanger()).isEqualTo(MailExchanger.EXCHANGE);
    for (ReceiveConnector receive : plan.receiveConnectors()) {
      // E10: externally secured, never AnonymousUsers.
      assertThat(receive.permissionGroups()).containsExactly(PermissionGroup.EXCHANGE_SERVERS);
      assertThat(receive.authMechanism())
          .containsExactly(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE);
    }
    CoexistencePlan onlinePlan =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                .mailExchanger(MailExchanger.EXCHANGE)
                .build());
    assertThat(onlinePlan.inboundConnectors().get(0).treatMessagesAsInternal()).contains(true);
    assertThat(onlinePlan.remoteDomains().get(0).trustedMailInboundEnabled()).contains(false);
  }

  @Test
  void exchangeOnlineConnectors() {
    OutboundConnector out = online.outboundConnectors().get(0);
    assertThat(out.connectorType()).contains(ConnectorType.ON_PREMISES);
    assertThat(out.recipientDomains()).containsExactly(SmtpDomain.parse("domino.contoso.com"));
    assertThat(out.useMxRecord()).contains(false);
    // Exchange Online reaches the servers at their public host names, not at 10.1.1.x.
    assertThat(out.smartHosts())
        .extracting(Object::toString)
        .containsExactly("coex01.contoso.com", "coex02.contoso.com");
    // E17 made explicit: opportunistic TLS is TlsSettings $null.
    assertThat(out.explicitNulls()).containsExactly("tlsSettings");

    InboundConnector in = online.inboundConnectors().get(0);
    assertThat(in.connectorType()).contains(ConnectorType.ON_PREMISES);
    // Host names cannot be sender IP addresses: the servers are known by their certificate.
    assertThat(in.senderIpAddresses()).isEmpty();
    assertThat(in.tlsSenderCertificateName()).contains("*.contoso.com");
    assertThat(in.senderDomains()).isNotEmpty();
    // Least trust while Domino is the MX, set so that an existing connector loses the guide's
    // $true.
    assertThat(in.treatMessagesAsInternal()).contains(false);
    assertThat(in.requireTls()).as("Partner connectors only").isEmpty();
  }

  @Test
  void exchangeOnlineByPublicAddresses() {
    CoexistencePlan plan =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                .coexistenceServers(
                    List.of(
                        CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "20.30.40.1"),
                        CoexistenceServer.of("COEX02/ACME", "10.1.1.2", "20.30.40.2")))
                .build());
    assertThat(plan.outboundConnectors().get(0).smartHosts())
        .extracting(Object::toString)
        .containsExactly("20.30.40.1", "20.30.40.2");
    InboundConnector in = plan.inboundConnectors().get(0);
    assertThat(in.senderIpAddresses())
        .extracting(Object::toString)
        .containsExactly("20.30.40.1", "20.30.40.2");
    assertThat(in.tlsSenderCertificateName()).isEmpty();
  }

  @Test
  void oneHostNameIsItsOwnCertificateName() {
    CoexistencePlan plan =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                .coexistenceServers(
                    List.of(CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "coex.contoso.com")))
                .build());
    assertThat(plan.inboundConnectors().get(0).tlsSenderCertificateName())
        .contains("coex.contoso.com");
  }

  @Test
  void hostNamesWithoutACommonParentNeedACertificateName() {
    PlanRequest request =
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
            .coexistenceServers(
                List.of(
                    CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "coex.contoso.com"),
                    CoexistenceServer.of("COEX02/ACME", "10.1.1.2", "coex.fabrikam.net")))
            .build();
    assertThatThrownBy(() -> RecommendedPlans.create(request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tlsCertificateName");
    assertThat(
            RecommendedPlans.create(
                    PlanRequest.builder()
                        .from(request)
                        .tlsCertificateName("coex.contoso.com")
                        .build())
                .inboundConnectors()
                .get(0)
                .tlsSenderCertificateName())
        .contains("coex.contoso.com");
  }

  @Test
  void exchangeOnlineNeedsPublicAddresses() {
    assertThatThrownBy(
            () ->
                PlanRequest.builder()
                    .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                    .coexistenceServers(List.of(CoexistenceServer.of("COEX01/ACME", "10.1.1.1")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COEX01/ACME has no public address");
  }

  @Test
  void requiredTlsIsSetWhereverTheChoiceControlsIt() {
    CoexistencePlan onlineTls =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
                .tls(TlsChoice.REQUIRED)
                .tlsCertificateName("coex.contoso.com")
                .build());
    assertThat(onlineTls.outboundConnectors().get(0).tlsSettings())
        .contains(TlsAuthLevel.ENCRYPTION_ONLY);
    assertThat(onlineTls.outboundConnectors().get(0).explicitNulls()).isEmpty();
    assertThat(onlineTls.inboundConnectors().get(0).tlsSenderCertificateName())
        .contains("coex.contoso.com");

    CoexistencePlan serverTls =
        RecommendedPlans.create(
            PlanRequest.builder()
                .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
                .tls(TlsChoice.REQUIRED)
                .build());
    assertThat(serverTls.sendConnectors().get(0).requireTls()).contains(true);
    assertThat(serverTls.receiveConnectors())
        .allSatisfy(r -> assertThat(r.requireTls()).contains(true));
  }

  @Test
  void dominoSideAndDefaults() {
    for (CoexistencePlan plan : new CoexistencePlan[] {online, server}) {
      assertThat(plan.domino().orElseThrow().foreignDomain()).contains("Exchange");
      assertThat(plan.domino().orElseThrow().foreignDomainMailbox()).contains("btexchange.box");
      assertThat(plan.coexistenceServers())
          .extracting(CoexistenceServer::name)
          .containsExactly("COEX01/ACME", "COEX02/ACME");
    }
    assertThat(server.exchangeVersion()).contains(ExchangeVersion.EXCHANGE_2019);
    assertThat(online.exchangeVersion()).isEmpty();
    assertThat(online.tenant()).contains(SmtpDomain.parse("contoso.onmicrosoft.com"));
  }

  @Test
  void refusesARequestWithoutServers() {
    assertThatThrownBy(
            () ->
                PlanRequest.builder()
                    .environment(Environment.EXCHANGE_SERVER)
                    .primaryDomain(SmtpDomain.parse("contoso.com"))
                    .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
                    .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
                    .addTransportServer("EX01")
                    .build())
        .hasMessage("coexistenceServers: at least one server is needed");
  }

  @Test
  void refusesTransportServersForExchangeOnlineInsteadOfDroppingThem() {
    assertThatThrownBy(
            () ->
                RecommendedPlans.example(Environment.EXCHANGE_ONLINE).toBuilder()
                    .addTransportServer("EX01")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "transportServers: Exchange Online has no transport servers (they are for Exchange"
                + " Server): EX01");
  }

  @Test
  void refusesAnExchangeVersionForExchangeOnlineInsteadOfDroppingIt() {
    assertThatThrownBy(
            () ->
                RecommendedPlans.example(Environment.EXCHANGE_ONLINE).toBuilder()
                    .exchangeVersion(ExchangeVersion.EXCHANGE_2016)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "exchangeVersion: Exchange Online has no version (it is for Exchange Server):"
                + " 2016");
  }

  @Test
  void anExchangeServerRequestWithoutAVersionPlansExchange2019() {
    PlanRequest request =
        RecommendedPlans.example(Environment.EXCHANGE_SERVER).toBuilder()
            .exchangeVersion(Optional.empty())
            .build();

    assertThat(request.exchangeVersion()).isEmpty();
    assertThat(RecommendedPlans.create(request).exchangeVersion())
        .contains(ExchangeVersion.EXCHANGE_2019);
  }
}
