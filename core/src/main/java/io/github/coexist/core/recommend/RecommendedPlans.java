package io.github.coexist.core.recommend;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.AllowedOofType;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableInboundConnector;
import io.github.coexist.core.model.ImmutableOutboundConnector;
import io.github.coexist.core.model.ImmutableRemoteDomain;
import io.github.coexist.core.model.InboundConnector;
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
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;

/**
 * The complete plans the guide's section 7 describes, with every erratum corrected: 7.1 for
 * Exchange Online, 7.2 for Exchange Server.
 *
 * <pre>{@code
 * CoexistencePlan plan = RecommendedPlans.create(request);   // see PlanRequest
 * }</pre>
 */
public final class RecommendedPlans {
  /** Name of the connector that carries mail from Exchange to Domino (guide 7.2.4). */
  public static final String OUTBOUND_NAME = "Outbound to Domino";

  /** Name of the connector(s) that take mail from Domino into Exchange (guide 7.2.5). */
  public static final String INBOUND_NAME = "Inbound from Domino";

  /** Name of the address policy that adds the Exchange routing address (guide 7.2.3). */
  public static final String POLICY_NAME = "Exchange Users";

  private RecommendedPlans() {}

  /** The recommended plan for {@code request}'s environment. */
  public static CoexistencePlan create(PlanRequest request) {
    ImmutableCoexistencePlan.Builder plan =
        CoexistencePlan.builder()
            .environment(request.environment())
            .organization(request.organization())
            .domains(
                Domains.builder()
                    .primary(request.primaryDomain())
                    .dominoRouting(request.dominoDomain())
                    .exchangeRouting(request.exchangeDomain())
                    .build())
            .coexistenceServers(request.coexistenceServers())
            .domino(
                DominoSettings.builder()
                    .foreignDomain(request.foreignDomain())
                    .foreignDomainMailbox(request.foreignDomainMailbox())
                    .build());
    if (request.environment() == Environment.EXCHANGE_ONLINE) {
      return exchangeOnline(request, plan);
    }
    return exchangeServer(request, plan);
  }

  /** Section 7.1, corrected (E6, E7, E8, E9, E10, E15, E16, E17). */
  private static CoexistencePlan exchangeOnline(
      PlanRequest request, ImmutableCoexistencePlan.Builder plan) {
    plan.tenant(request.tenant())
        .addRemoteDomain(remoteDomain(request, false))
        // E6: accepted domains cannot be created in Exchange Online; the script checks they
        // exist (added and verified in the tenant) and sets the type it manages.
        .addAcceptedDomain(
            AcceptedDomain.builder().name(request.primaryDomain().toString()).build())
        .addAcceptedDomain(
            AcceptedDomain.builder()
                .name(request.exchangeDomain().toString())
                .domainType(AcceptedDomainType.AUTHORITATIVE)
                .build())
        .addOutboundConnector(outboundConnector(request))
        .addInboundConnector(inboundConnector(request));
    // E15: address policies apply only to Microsoft 365 Groups in Exchange Online; mailbox
    // addresses come from directory synchronisation, so the plan has none.
    return plan.build();
  }

  /** Section 7.2, corrected (E3, E4, E9..E14, E19..E21). */
  private static CoexistencePlan exchangeServer(
      PlanRequest request, ImmutableCoexistencePlan.Builder plan) {
    plan.exchangeVersion(request.exchangeVersion())
        .transportServers(request.transportServers())
        .addRemoteDomain(remoteDomain(request, true))
        // The primary domain usually exists: the script only checks it (nothing managed).
        .addAcceptedDomain(
            AcceptedDomain.builder()
                .name(request.primaryDomain().toString())
                .domainName(request.primaryDomain())
                .build())
        // 7.2.2 with E20: one Exchange routing subdomain, from the request.
        .addAcceptedDomain(
            AcceptedDomain.builder()
                .name(request.exchangeDomain().toString())
                .domainName(request.exchangeDomain())
                .domainType(AcceptedDomainType.AUTHORITATIVE)
                .build())
        .addEmailAddressPolicy(addressPolicy(request))
        .addSendConnector(sendConnector(request));
    // E21: a receive connector belongs to one server; one per transport server.
    for (String server : request.transportServers()) {
      plan.addReceiveConnector(receiveConnector(request, server));
    }
    return plan.build();
  }

  /**
   * 7.1.1 / 7.2.1: a remote domain for the Domino routing subdomain, apart from the default "*":
   * internal out-of-office replies (InternalLegacy, which also sets IsInternal: E5), rich text
   * never (TNEF off), delivery reports and trusted mail inbound; on premises also trusted mail
   * outbound (E4: the parameter is TrustedMailOutboundEnabled).
   */
  private static RemoteDomain remoteDomain(PlanRequest request, boolean onPremises) {
    ImmutableRemoteDomain.Builder remote =
        RemoteDomain.builder()
            .name(request.dominoDomain().toString())
            .domainName(request.dominoDomain())
            .allowedOofType(AllowedOofType.INTERNAL_LEGACY)
            .deliveryReportEnabled(true)
            .trustedMailInboundEnabled(true)
            .tnefEnabled(false);
    if (onPremises) {
      remote.trustedMailOutboundEnabled(true);
    }
    return remote.build();
  }

  /**
   * 7.2.3 with E13/E14: the primary address on the shared domain and a proxy address on the
   * Exchange routing subdomain (an accepted domain of the plan), applied with
   * Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly (the model's default: primary addresses
   * are not rewritten). Priority 1: only the highest-priority policy a recipient matches applies,
   * and every mailbox needs the routing address, so no other policy may take precedence (the guide
   * asks for "sequence 2" behind an existing policy, which would leave that policy's recipients
   * without it).
   */
  private static EmailAddressPolicy addressPolicy(PlanRequest request) {
    return EmailAddressPolicy.builder()
        .name(POLICY_NAME)
        .priority("1")
        .addIncludedRecipients(
            RecipientType.MAILBOX_USERS, RecipientType.RESOURCES, RecipientType.MAIL_GROUPS)
        .addEnabledEmailAddressTemplates(
            EmailAddressTemplate.parse("SMTP:%m@" + request.primaryDomain()),
            EmailAddressTemplate.parse("smtp:%m@" + request.exchangeDomain()))
        .build();
  }

  /**
   * 7.2.4 with E11/E12/E19: one address space for the Domino routing subdomain, the coexistence
   * servers as smart hosts (no MX lookup), sent from the plan's transport servers.
   */
  private static SendConnector sendConnector(PlanRequest request) {
    return SendConnector.builder()
        .name(OUTBOUND_NAME)
        .usage(SendConnectorUsage.CUSTOM)
        .addAddressSpace(AddressSpace.parse("SMTP:" + request.dominoDomain() + ";1"))
        .isScopedConnector(false)
        .dnsRoutingEnabled(false)
        .addAllSmartHosts(smartHosts(request))
        .addAllSourceTransportServers(request.transportServers())
        .requireTls(request.tls() == TlsChoice.REQUIRED)
        .build();
  }

  /**
   * 7.2.5 with E9/E10/E11/E21: externally secured (ExternalAuthoritative with Tls and
   * ExchangeServers only, never AnonymousUsers), scoped to the coexistence servers only.
   */
  private static ReceiveConnector receiveConnector(PlanRequest request, String server) {
    return ReceiveConnector.builder()
        .name(INBOUND_NAME)
        .server(server)
        .usage(ReceiveConnectorUsage.CUSTOM)
        .transportRole(TransportRole.FRONTEND_TRANSPORT)
        .addBinding(Binding.parse("0.0.0.0:25"))
        .addAllRemoteIpRanges(serverRanges(request))
        .addPermissionGroup(PermissionGroup.EXCHANGE_SERVERS)
        .addAuthMechanism(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE)
        .requireTls(request.tls() == TlsChoice.REQUIRED)
        .build();
  }

  /**
   * 7.1.3 with E8/E17: Exchange Online's outbound connector to the coexistence servers as smart
   * hosts; TLS opportunistic ($null) or required (EncryptionOnly: encrypted without requiring a
   * certificate Exchange Online trusts).
   */
  private static OutboundConnector outboundConnector(PlanRequest request) {
    ImmutableOutboundConnector.Builder connector =
        OutboundConnector.builder()
            .name(OUTBOUND_NAME)
            .connectorType(ConnectorType.ON_PREMISES)
            .addRecipientDomain(request.dominoDomain())
            .useMxRecord(false)
            .addAllSmartHosts(smartHosts(request))
            .enabled(true);
    if (request.tls() == TlsChoice.REQUIRED) {
      connector.tlsSettings(TlsAuthLevel.ENCRYPTION_ONLY);
    } else {
      connector.addExplicitNull("tlsSettings");
    }
    return connector.build();
  }

  /**
   * 7.1.4 with E7/E10: Exchange Online's inbound connector from the coexistence servers, an
   * OnPremises connector identifying them by IP address (and by certificate when one is named),
   * treating their mail as internal (documented for non-Exchange systems such as Domino).
   */
  private static InboundConnector inboundConnector(PlanRequest request) {
    ImmutableInboundConnector.Builder connector =
        InboundConnector.builder()
            .name(INBOUND_NAME)
            .connectorType(ConnectorType.ON_PREMISES)
            .addSenderDomains(request.primaryDomain(), request.dominoDomain())
            .addAllSenderIpAddresses(serverRanges(request))
            .treatMessagesAsInternal(true)
            .enabled(true);
    request.tlsCertificateName().ifPresent(connector::tlsSenderCertificateName);
    return connector.build();
  }

  private static ImmutableList<SmartHost> smartHosts(PlanRequest request) {
    return request.coexistenceServers().stream()
        .map(s -> SmartHost.parse(s.address().toString()))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<IpRange> serverRanges(PlanRequest request) {
    return request.coexistenceServers().stream()
        .map(CoexistenceServer::address)
        .map(a -> IpRange.parse(a.toString()))
        .collect(ImmutableList.toImmutableList());
  }

  /** A request for the guide's example organisation, used by {@code coexist demo} and tests. */
  public static PlanRequest example(Environment environment) {
    ImmutablePlanRequest.Builder request =
        PlanRequest.builder()
            .environment(environment)
            .organization("Contoso")
            .primaryDomain(SmtpDomain.parse("contoso.com"))
            .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
            .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
            .addCoexistenceServer(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
            .addCoexistenceServer(CoexistenceServer.of("COEX02/ACME", "10.1.1.2"));
    if (environment == Environment.EXCHANGE_ONLINE) {
      request.tenant(SmtpDomain.parse("contoso.onmicrosoft.com"));
    } else {
      request.addTransportServers("EX01", "EX02");
    }
    return request.build();
  }
}
