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
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableGlobalDomain;
import io.github.coexist.core.model.ImmutableInboundConnector;
import io.github.coexist.core.model.ImmutableOutboundConnector;
import io.github.coexist.core.model.ImmutableReceiveConnector;
import io.github.coexist.core.model.ImmutableRemoteDomain;
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
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.NotesName;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;

/**
 * The complete plans the guide's section 7 describes, with every erratum corrected: 7.1 for
 * Exchange Online, 7.2 for Exchange Server; and with the least trust that still carries BTCal's
 * traffic. While Domino receives internet mail ({@link MailExchanger#DOMINO}, the default), the
 * connectors from Domino take its mail as anonymous mail for the accepted domains (no
 * ExternalAuthoritative, no TreatMessagesAsInternal): Domino forwards internet mail too, forged
 * senders included, and those settings would make it trusted internal mail. Once Exchange receives
 * internet mail ({@link MailExchanger#EXCHANGE}), Domino sends only its own users' mail and the
 * plans grant the guide's internal trust. The remote domain never trusts mail by its sender domain
 * (TrustedMailInboundEnabled $false): anyone can write that domain in a sender address.
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
            .mailExchanger(request.mailExchanger())
            .coexistenceServers(request.coexistenceServers())
            .domino(
                DominoSettings.builder()
                    .foreignDomain(request.foreignDomain())
                    .foreignDomainMailbox(request.foreignDomainMailbox())
                    .directory(directory(request))
                    .build());
    if (request.environment() == Environment.EXCHANGE_ONLINE) {
      return exchangeOnline(request, plan);
    }
    return exchangeServer(request, plan);
  }

  /**
   * The Domino Directory facts (BTCal fact sheet §2): the Notes domain (given, or the first
   * server's organization), the relay host to Exchange (given, or Exchange Online's MX host for the
   * Exchange routing domain, or the first transport server) and a Global Domain whose aliases hold
   * the Domino routing domain.
   */
  private static DominoDirectory directory(PlanRequest request) {
    Optional<String> notesDomain =
        request.notesDomain().or(() -> organization(request.coexistenceServers().get(0)));
    Optional<SmartHost> relay = request.exchangeRelayHost();
    if (relay.isEmpty() && request.environment() == Environment.EXCHANGE_ONLINE) {
      relay =
          Optional.of(SmartHost.of(DominoDirectory.exchangeOnlineMxHost(request.exchangeDomain())));
    } else if (relay.isEmpty() && !request.transportServers().isEmpty()) {
      relay = host(request.transportServers().get(0));
    }
    ImmutableGlobalDomain.Builder global =
        GlobalDomain.builder()
            .name(notesDomain.map(d -> d + " Global Domain").orElse("Global Domain"))
            .primaryInternetDomain(request.primaryDomain());
    if (!request.dominoDomain().equals(request.primaryDomain())) {
      global.addInternetDomainAliases(request.dominoDomain());
    }
    return DominoDirectory.builder()
        .notesDomain(notesDomain)
        .exchangeRelayHost(relay)
        .globalDomain(global.build())
        .build();
  }

  private static Optional<String> organization(CoexistenceServer server) {
    try {
      return NotesName.parse(server.name()).organization();
    } catch (InvalidValueException e) {
      return Optional.empty(); // COEX-DDIR-009 reports the name
    }
  }

  private static Optional<SmartHost> host(String name) {
    try {
      return Optional.of(SmartHost.parse(name));
    } catch (InvalidValueException e) {
      return Optional.empty(); // COEX-DDIR-007 asks for one
    }
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
    plan.exchangeVersion(request.exchangeVersion().orElse(ExchangeVersion.EXCHANGE_2019))
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
   * never (TNEF off) and delivery reports; on premises also trusted mail outbound (E4: the
   * parameter is TrustedMailOutboundEnabled). Not the guide's TrustedMailInboundEnabled $true: it
   * trusts a sender domain anyone can forge (COEX-TRUST-003); BTCal's mail arrives through the
   * connector from Domino, which decides its trust.
   */
  private static RemoteDomain remoteDomain(PlanRequest request, boolean onPremises) {
    ImmutableRemoteDomain.Builder remote =
        RemoteDomain.builder()
            .name(request.dominoDomain().toString())
            .domainName(request.dominoDomain())
            .allowedOofType(AllowedOofType.INTERNAL_LEGACY)
            .deliveryReportEnabled(true)
            .trustedMailInboundEnabled(false)
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
   * 7.2.5 with E9/E10/E11/E21: a Front End Transport connector on port 25 (Exchange 2013 and later:
   * the Front End service owns port 25), scoped to the coexistence servers only. While Domino
   * receives internet mail: anonymous (AnonymousUsers with Tls), which accepts mail for the
   * accepted domains, senders in them included, and grants no relay and no internal trust. Once
   * Exchange receives internet mail: externally secured (ExternalAuthoritative with Tls and
   * ExchangeServers only, never AnonymousUsers), so Domino's users are internal senders.
   */
  private static ReceiveConnector receiveConnector(PlanRequest request, String server) {
    ImmutableReceiveConnector.Builder connector =
        ReceiveConnector.builder()
            .name(INBOUND_NAME)
            .server(server)
            .usage(ReceiveConnectorUsage.CUSTOM)
            .transportRole(TransportRole.FRONTEND_TRANSPORT)
            .addBinding(Binding.parse("0.0.0.0:25"))
            .addAllRemoteIpRanges(serverRanges(request));
    if (request.mailExchanger() == MailExchanger.EXCHANGE) {
      connector
          .addPermissionGroup(PermissionGroup.EXCHANGE_SERVERS)
          .addAuthMechanism(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE);
    } else {
      connector
          .addPermissionGroup(PermissionGroup.ANONYMOUS_USERS)
          .addAuthMechanism(AuthMechanism.TLS);
    }
    return connector.requireTls(request.tls() == TlsChoice.REQUIRED).build();
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
            .addAllSmartHosts(onlineSmartHosts(request))
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
   * OnPremises connector identifying them by their public IP addresses (and by certificate when one
   * is named). When a public address is a host name, SenderIPAddresses cannot hold it (it takes
   * IPv4 addresses only, and resolving the name now would freeze a DNS answer), so the connector
   * identifies the servers by the certificate they present instead: the request's certificate name,
   * or else the servers' host name (one server) or {@code *.} their common parent domain.
   * TreatMessagesAsInternal (documented for non-Exchange systems such as Domino) only once Exchange
   * receives internet mail.
   */
  private static InboundConnector inboundConnector(PlanRequest request) {
    ImmutableInboundConnector.Builder connector =
        InboundConnector.builder()
            .name(INBOUND_NAME)
            .connectorType(ConnectorType.ON_PREMISES)
            .addSenderDomains(request.primaryDomain(), request.dominoDomain())
            .enabled(true);
    List<HostAddress> online =
        request.coexistenceServers().stream()
            .map(CoexistenceServer::onlineAddress)
            .collect(ImmutableList.toImmutableList());
    if (online.stream().allMatch(a -> a.address().isPresent())) {
      online.forEach(a -> connector.addSenderIpAddresses(IpRange.single(a.address().get())));
      request.tlsCertificateName().ifPresent(connector::tlsSenderCertificateName);
    } else {
      connector.tlsSenderCertificateName(
          request.tlsCertificateName().orElseGet(() -> certificateName(online)));
    }
    // Managed either way: Set-InboundConnector on the guide's existing connector takes its
    // TreatMessagesAsInternal $true away.
    return connector
        .treatMessagesAsInternal(request.mailExchanger() == MailExchanger.EXCHANGE)
        .build();
  }

  /**
   * The certificate name that covers the servers' host names: the name itself when there is one,
   * else {@code *.} and their longest common parent domain.
   *
   * @throws IllegalArgumentException when the names share no parent of two labels or more
   */
  private static String certificateName(List<HostAddress> online) {
    List<SmtpDomain> names =
        online.stream()
            .map(HostAddress::hostName)
            .flatMap(Optional::stream)
            .distinct()
            .collect(ImmutableList.toImmutableList());
    boolean mixed = online.stream().anyMatch(a -> a.address().isPresent());
    if (names.size() == 1 && !mixed) {
      return names.get(0).toString();
    }
    List<String> common = names.get(0).labels();
    for (SmtpDomain name : names) {
      List<String> labels = name.labels();
      int shared = 0;
      while (shared < common.size()
          && shared < labels.size()
          && common
              .get(common.size() - 1 - shared)
              .equals(labels.get(labels.size() - 1 - shared))) {
        shared++;
      }
      common = common.subList(common.size() - shared, common.size());
    }
    if (common.size() < 2 || mixed) {
      throw new IllegalArgumentException(
          "tlsCertificateName: name the certificate the coexistence servers present; their"
              + " public addresses "
              + online
              + " share no host name or parent domain");
    }
    return "*." + String.join(".", common);
  }

  private static ImmutableList<SmartHost> onlineSmartHosts(PlanRequest request) {
    return request.coexistenceServers().stream()
        .map(s -> s.onlineAddress().toSmartHost())
        .collect(ImmutableList.toImmutableList());
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
            .addCoexistenceServer(server(environment, "COEX01/ACME", "10.1.1.1", "coex01"))
            .addCoexistenceServer(server(environment, "COEX02/ACME", "10.1.1.2", "coex02"));
    if (environment == Environment.EXCHANGE_ONLINE) {
      request.tenant(SmtpDomain.parse("contoso.onmicrosoft.com"));
    } else {
      request.addTransportServers("EX01", "EX02");
    }
    return request.build();
  }

  /**
   * An example server; for Exchange Online with a public host name under the example's domain
   * (coex01.contoso.com), which the internet resolves, unlike 10.1.1.1.
   */
  private static CoexistenceServer server(
      Environment environment, String name, String address, String host) {
    return environment == Environment.EXCHANGE_ONLINE
        ? CoexistenceServer.of(name, address, host + ".contoso.com")
        : CoexistenceServer.of(name, address);
  }
}
