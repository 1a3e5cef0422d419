package io.github.coexist.planio;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableCoexistenceServer;
import io.github.coexist.core.model.ImmutableConnection;
import io.github.coexist.core.model.ImmutableDomains;
import io.github.coexist.core.model.ImmutableDominoDirectory;
import io.github.coexist.core.model.ImmutableGlobalDomain;
import io.github.coexist.core.model.ImmutableLicenseFacts;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The plan file's structure, top to bottom, in the order of {@code plan-format.md}: the parts
 * outside the Exchange objects are mapped here field by field (a test checks that every accessor of
 * the model has its key); the Exchange objects come from {@link ExchangeObjectCodecs}.
 */
final class PlanCodec {
  private PlanCodec() {}

  @SuppressWarnings("unchecked")
  private static final ScalarCodec<SmtpDomain> DOMAIN =
      (ScalarCodec<SmtpDomain>) ScalarCodec.forType(SmtpDomain.class);

  @SuppressWarnings("unchecked")
  private static final ScalarCodec<IpAddress> ADDRESS =
      (ScalarCodec<IpAddress>) ScalarCodec.forType(IpAddress.class);

  @SuppressWarnings("unchecked")
  private static final ScalarCodec<HostAddress> HOST =
      (ScalarCodec<HostAddress>) ScalarCodec.forType(HostAddress.class);

  static final RecordCodec<Domains, ImmutableDomains.Builder> DOMAINS =
      new RecordCodec<>(
          "Domains",
          "The three SMTP namespaces of the coexistence (see coexistence-topology.md).",
          Domains::builder,
          ImmutableDomains.Builder::build,
          List.of(
              Field.required(
                  "primary",
                  DOMAIN,
                  Domains::primary,
                  ImmutableDomains.Builder::primary,
                  "The shared primary SMTP domain every user keeps."),
              Field.required(
                  "dominoRouting",
                  DOMAIN,
                  Domains::dominoRouting,
                  ImmutableDomains.Builder::dominoRouting,
                  "Where Exchange sends mail for users still on Domino."),
              Field.required(
                  "exchangeRouting",
                  DOMAIN,
                  Domains::exchangeRouting,
                  ImmutableDomains.Builder::exchangeRouting,
                  "Where Domino sends mail for users already on Exchange.")));

  static final RecordCodec<CoexistenceServer, ImmutableCoexistenceServer.Builder> SERVER =
      new RecordCodec<>(
          "CoexistenceServer",
          "A Domino coexistence (BTCal) server.",
          CoexistenceServer::builder,
          ImmutableCoexistenceServer.Builder::build,
          List.of(
              Field.required(
                  "name",
                  ScalarCodec.STRING,
                  CoexistenceServer::name,
                  ImmutableCoexistenceServer.Builder::name,
                  "The Domino server name, e.g. COEX01/ACME."),
              Field.required(
                  "address",
                  ADDRESS,
                  CoexistenceServer::address,
                  ImmutableCoexistenceServer.Builder::address,
                  "The internal IP address the server sends from and receives on (Domino,"
                      + " Exchange Server)."),
              Field.optional(
                  "publicAddress",
                  HOST,
                  CoexistenceServer::publicAddress,
                  ImmutableCoexistenceServer.Builder::publicAddress,
                  "The public IP address or host name Exchange Online reaches the server at and"
                      + " sees its mail come from (its smart host and sender address).")));

  static final RecordCodec<Connection, ImmutableConnection.Builder> CONNECTION =
      new RecordCodec<>(
          "Connection",
          "Exchange Online only: how the script signs in (Connect-ExchangeOnline).",
          Connection::builder,
          ImmutableConnection.Builder::build,
          List.of(
              Field.optional(
                  "userPrincipalName",
                  ScalarCodec.STRING,
                  Connection::userPrincipalName,
                  ImmutableConnection.Builder::userPrincipalName,
                  "-UserPrincipalName for an interactive sign-in."),
              Field.optional(
                  "appId",
                  ScalarCodec.STRING,
                  Connection::appId,
                  ImmutableConnection.Builder::appId,
                  "-AppId of an app registration, for an unattended app-only run."),
              Field.optional(
                  "certificateThumbprint",
                  ScalarCodec.STRING,
                  Connection::certificateThumbprint,
                  ImmutableConnection.Builder::certificateThumbprint,
                  "-CertificateThumbprint of the app's certificate.")));

  @SuppressWarnings("unchecked")
  private static final ScalarCodec<SmartHost> SMART_HOST =
      (ScalarCodec<SmartHost>) ScalarCodec.forType(SmartHost.class);

  static final RecordCodec<GlobalDomain, ImmutableGlobalDomain.Builder> GLOBAL_DOMAIN =
      new RecordCodec<>(
          "GlobalDomain",
          "The Domino Directory's Global Domain document: the internet domains Domino treats as"
              + " local.",
          GlobalDomain::builder,
          ImmutableGlobalDomain.Builder::build,
          List.of(
              Field.required(
                  "name",
                  ScalarCodec.STRING,
                  GlobalDomain::name,
                  ImmutableGlobalDomain.Builder::name,
                  "Global domain name (free text)."),
              Field.required(
                  "primaryInternetDomain",
                  DOMAIN,
                  GlobalDomain::primaryInternetDomain,
                  ImmutableGlobalDomain.Builder::primaryInternetDomain,
                  "Local primary internet domain, e.g. contoso.com."),
              Field.list(
                  "internetDomainAliases",
                  DOMAIN,
                  GlobalDomain::internetDomainAliases,
                  ImmutableGlobalDomain.Builder::internetDomainAliases,
                  "Alternate internet domain aliases; the Domino routing domain belongs here.")));

  static final RecordCodec<DominoDirectory, ImmutableDominoDirectory.Builder> DIRECTORY =
      new RecordCodec<>(
          "DominoDirectory",
          "What the Domino Directory documents BTCal's routing needs are made of"
              + " (docs/domino-directory.md).",
          DominoDirectory::builder,
          ImmutableDominoDirectory.Builder::build,
          List.of(
              Field.optional(
                  "notesDomain",
                  ScalarCodec.STRING,
                  DominoDirectory::notesDomain,
                  ImmutableDominoDirectory.Builder::notesDomain,
                  "The coexistence servers' Notes domain, e.g. ACME."),
              Field.optional(
                  "exchangeRelayHost",
                  SMART_HOST,
                  DominoDirectory::exchangeRelayHost,
                  ImmutableDominoDirectory.Builder::exchangeRelayHost,
                  "Where Domino relays the Exchange routing domain: a transport server, a smart"
                      + " host, or Exchange Online's MX host."),
              Field.optional(
                  "globalDomain",
                  GLOBAL_DOMAIN,
                  DominoDirectory::globalDomain,
                  ImmutableDominoDirectory.Builder::globalDomain,
                  "The Global Domain document.")));

  static final RecordCodec<DominoSettings, DominoSettings.Builder> DOMINO =
      DominoCodec.of(DIRECTORY);

  static final RecordCodec<LicenseFacts, ImmutableLicenseFacts.Builder> LICENSE =
      new RecordCodec<>(
          "LicenseFacts",
          "The facts of the BTCal license to apply (the guide's section 8).",
          LicenseFacts::builder,
          ImmutableLicenseFacts.Builder::build,
          List.of(
              Field.required(
                  "type",
                  ScalarCodec.keyed(LicenseType.class, LicenseType::key),
                  LicenseFacts::type,
                  ImmutableLicenseFacts.Builder::type,
                  LicenseType.keys() + "."),
              Field.required(
                  "licensee",
                  ScalarCodec.STRING,
                  LicenseFacts::licensee,
                  ImmutableLicenseFacts.Builder::licensee,
                  "Who the license is issued to."),
              Field.required(
                  "generated",
                  ScalarCodec.DATE,
                  LicenseFacts::generated,
                  ImmutableLicenseFacts.Builder::generated,
                  "The day the license was generated."),
              Field.optional(
                  "expires",
                  ScalarCodec.DATE,
                  LicenseFacts::expires,
                  ImmutableLicenseFacts.Builder::expires,
                  "The last day of the license (a trial: generated + 30 days when absent)."),
              Field.required(
                  "processDomain",
                  ScalarCodec.STRING,
                  LicenseFacts::processDomain,
                  ImmutableLicenseFacts.Builder::processDomain,
                  "The Domino domain BTCal processes."),
              Field.required(
                  "adminEmail",
                  ScalarCodec.STRING,
                  LicenseFacts::adminEmail,
                  ImmutableLicenseFacts.Builder::adminEmail,
                  "The BTCal administrator who receives the expiry warnings."),
              Field.map(
                  "features",
                  new MapCodec<>(ScalarCodec.STRING, ScalarCodec.STRING, null),
                  LicenseFacts::features,
                  ImmutableLicenseFacts.Builder::features,
                  "Optional features, e.g. seats: \"500\"."),
              Field.optional(
                  "serverPath",
                  ScalarCodec.STRING,
                  LicenseFacts::serverPath,
                  ImmutableLicenseFacts.Builder::serverPath,
                  "The full path the license file will have on the Domino server.")));

  /** The whole plan. */
  static final RecordCodec<CoexistencePlan, ImmutableCoexistencePlan.Builder> PLAN =
      new RecordCodec<>(
          null,
          "A coexist plan: a Domino <-> Exchange coexistence as data (plan-format.md).",
          CoexistencePlan::builder,
          ImmutableCoexistencePlan.Builder::build,
          List.of(
              // The writer writes the format it knows; the reader has checked and migrated it.
              Field.required(
                  "formatVersion",
                  ScalarCodec.INTEGER,
                  plan -> CoexistencePlan.CURRENT_FORMAT_VERSION,
                  ImmutableCoexistencePlan.Builder::formatVersion,
                  "The plan-file format version."),
              Field.required(
                  "environment",
                  ScalarCodec.keyed(Environment.class, Environment::key),
                  CoexistencePlan::environment,
                  ImmutableCoexistencePlan.Builder::environment,
                  "exchange-online or exchange-server."),
              Field.optional(
                  "exchangeVersion",
                  ScalarCodec.keyed(ExchangeVersion.class, ExchangeVersion::key),
                  CoexistencePlan::exchangeVersion,
                  ImmutableCoexistencePlan.Builder::exchangeVersion,
                  "Exchange Server only: 2016, 2019 or SE."),
              Field.optional(
                  "organization",
                  ScalarCodec.STRING,
                  CoexistencePlan::organization,
                  ImmutableCoexistencePlan.Builder::organization,
                  "A display name, used in comments and the runbook."),
              Field.optional(
                  "tenant",
                  DOMAIN,
                  CoexistencePlan::tenant,
                  ImmutableCoexistencePlan.Builder::tenant,
                  "Exchange Online only: the tenant, e.g. contoso.onmicrosoft.com."),
              Field.optional(
                  "connection",
                  CONNECTION,
                  CoexistencePlan::connection,
                  ImmutableCoexistencePlan.Builder::connection,
                  "Exchange Online only: how the script signs in."),
              Field.required(
                  "domains",
                  DOMAINS,
                  CoexistencePlan::domains,
                  ImmutableCoexistencePlan.Builder::domains,
                  "The primary, Domino routing and Exchange routing domains."),
              Field.optional(
                  "mailExchanger",
                  ScalarCodec.keyed(MailExchanger.class, MailExchanger::key),
                  plan -> java.util.Optional.of(plan.mailExchanger()),
                  ImmutableCoexistencePlan.Builder::mailExchanger,
                  "Where internet mail for the primary domain enters: domino (the default) or"
                      + " exchange. While Domino receives it, the connectors from Domino grant no"
                      + " internal trust."),
              Field.list(
                  "coexistenceServers",
                  SERVER,
                  CoexistencePlan::coexistenceServers,
                  ImmutableCoexistencePlan.Builder::coexistenceServers,
                  "The Domino coexistence (BTCal) servers."),
              Field.list(
                  "transportServers",
                  ScalarCodec.STRING,
                  CoexistencePlan::transportServers,
                  ImmutableCoexistencePlan.Builder::transportServers,
                  "Exchange Server only: the servers that exchange mail with Domino."),
              objects(
                  ObjectKind.REMOTE_DOMAIN,
                  (b, l) -> b.remoteDomains(PlanCodec.<RemoteDomain>cast(l))),
              objects(
                  ObjectKind.ACCEPTED_DOMAIN,
                  (b, l) -> b.acceptedDomains(PlanCodec.<AcceptedDomain>cast(l))),
              objects(
                  ObjectKind.EMAIL_ADDRESS_POLICY,
                  (b, l) -> b.emailAddressPolicies(PlanCodec.<EmailAddressPolicy>cast(l))),
              objects(
                  ObjectKind.SEND_CONNECTOR,
                  (b, l) -> b.sendConnectors(PlanCodec.<SendConnector>cast(l))),
              objects(
                  ObjectKind.RECEIVE_CONNECTOR,
                  (b, l) -> b.receiveConnectors(PlanCodec.<ReceiveConnector>cast(l))),
              objects(
                  ObjectKind.INBOUND_CONNECTOR,
                  (b, l) -> b.inboundConnectors(PlanCodec.<InboundConnector>cast(l))),
              objects(
                  ObjectKind.OUTBOUND_CONNECTOR,
                  (b, l) -> b.outboundConnectors(PlanCodec.<OutboundConnector>cast(l))),
              Field.optional(
                  "domino",
                  DOMINO,
                  CoexistencePlan::domino,
                  ImmutableCoexistencePlan.Builder::domino,
                  "BTCal's Notes.ini settings."),
              Field.optional(
                  "license",
                  LICENSE,
                  CoexistencePlan::license,
                  ImmutableCoexistencePlan.Builder::license,
                  "The license to apply, if any.")));

  private static Field<CoexistencePlan, ImmutableCoexistencePlan.Builder> objects(
      ObjectKind kind, BiConsumer<ImmutableCoexistencePlan.Builder, List<ExchangeObject>> setter) {
    return Field.list(
        kind.planKey(),
        ExchangeObjectCodecs.of(kind),
        plan -> PlanCodec.<ExchangeObject>cast(plan.objects(kind)),
        setter,
        "The " + kind.noun() + " objects.");
  }

  // The codec of a kind builds objects of that kind only, so the element type is known.
  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<?> list) {
    return (List<T>) list;
  }
}
