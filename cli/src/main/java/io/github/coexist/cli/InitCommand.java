package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.recommend.ImmutablePlanRequest;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code coexist init}: writes the recommended plan for what the administrator knows. */
@Command(
    name = "init",
    description = {
      "Write the recommended plan (the guide's section 7, errata applied) as YAML, or JSON when"
          + " FILE ends in .json; to standard output without -o."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--environment",
      required = true,
      paramLabel = "exchange-online|exchange-server",
      converter = OptionValues.EnvironmentValue.class,
      description = "The Exchange side.")
  Environment environment;

  @Option(
      names = "--primary-domain",
      required = true,
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The shared primary SMTP domain, e.g. contoso.com.")
  SmtpDomain primaryDomain;

  @Option(
      names = "--domino-domain",
      required = true,
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The Domino routing subdomain, e.g. domino.contoso.com.")
  SmtpDomain dominoDomain;

  @Option(
      names = "--exchange-domain",
      required = true,
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The Exchange routing subdomain, e.g. exch.contoso.com.")
  SmtpDomain exchangeDomain;

  @Option(
      names = "--coexistence-server",
      required = true,
      paramLabel = "ADDR",
      converter = OptionValues.ServerValue.class,
      description =
          "A Domino coexistence (BTCal) server: its internal IP address, or NAME=ADDR"
              + " (COEX01/ACME=10.1.1.1), followed for Exchange Online by ,public=PUBLIC: the"
              + " public IP address or host name Exchange Online reaches it at"
              + " (COEX01/ACME=10.1.1.1,public=coex01.contoso.com). Repeat for several.")
  List<CoexistenceServer> coexistenceServers = new ArrayList<>();

  @Option(
      names = "--transport-server",
      paramLabel = "NAME",
      converter = OptionValues.NameValue.class,
      description = "Exchange Server only: a transport server that exchanges mail with Domino.")
  List<String> transportServers = new ArrayList<>();

  @Option(
      names = "--exchange-version",
      paramLabel = "2016|2019|SE",
      converter = OptionValues.VersionValue.class,
      description = "Exchange Server only (default: 2019).")
  ExchangeVersion exchangeVersion;

  @Option(
      names = "--organization",
      paramLabel = "NAME",
      converter = OptionValues.NameValue.class,
      description = "A display name for comments and the runbook.")
  String organization;

  @Option(
      names = "--tenant",
      paramLabel = "T",
      converter = OptionValues.DomainValue.class,
      description = "Exchange Online only: the tenant, e.g. contoso.onmicrosoft.com.")
  SmtpDomain tenant;

  @Option(
      names = "--foreign-domain",
      paramLabel = "NAME",
      converter = OptionValues.NameValue.class,
      description = "BTEXCHANGEDOMAIN, the Domino Foreign Domain (default: Exchange).")
  String foreignDomain = PlanRequest.DEFAULT_FOREIGN_DOMAIN;

  @Option(
      names = "--foreign-domain-mailbox",
      paramLabel = "FILE",
      converter = OptionValues.NameValue.class,
      description = "BTEXCHANGEDB, the foreign-domain mailbox (default: btexchange.box).")
  String foreignDomainMailbox = PlanRequest.DEFAULT_FOREIGN_DOMAIN_MAILBOX;

  @Option(
      names = "--notes-domain",
      paramLabel = "NAME",
      converter = OptionValues.NameValue.class,
      description =
          "The coexistence servers' Notes domain (default: the organization of the first"
              + " --coexistence-server name, ACME for COEX01/ACME).")
  String notesDomain;

  @Option(
      names = "--exchange-relay-host",
      paramLabel = "HOST",
      converter = OptionValues.HostValue.class,
      description =
          "Where Domino relays mail for the Exchange routing domain (default: Exchange Online's"
              + " MX host for it, <domain-key>.mail.protection.outlook.com, or the first"
              + " --transport-server).")
  SmartHost exchangeRelayHost;

  @Option(
      names = "--mail-exchanger",
      paramLabel = "domino|exchange",
      converter = OptionValues.MailExchangerValue.class,
      description =
          "Where internet mail for the primary domain enters (default: domino). While Domino"
              + " receives it, the connectors from Domino grant no internal trust.")
  MailExchanger mailExchanger = MailExchanger.DOMINO;

  @Option(
      names = "--tls",
      paramLabel = "opportunistic|required",
      converter = OptionValues.TlsValue.class,
      description = "TLS toward the coexistence servers (default: opportunistic, as the guide).")
  TlsChoice tls = TlsChoice.OPPORTUNISTIC;

  @Option(
      names = "-o",
      paramLabel = "FILE",
      description = "Write the plan here (YAML, or JSON for .json) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    CoexistencePlan plan;
    PlanRequest request = request();
    try {
      plan = RecommendedPlans.create(request);
    } catch (IllegalArgumentException e) {
      throw new UserError("init: " + e.getMessage(), e);
    }
    return PlanOutput.write(spec, plan, output, "", List.of());
  }

  private PlanRequest request() {
    boolean online = environment == Environment.EXCHANGE_ONLINE;
    // Options of the other environment would be silently dropped: refuse them instead.
    if (online && !transportServers.isEmpty()) {
      throw usage("--transport-server is for --environment exchange-server only");
    }
    if (online && exchangeVersion != null) {
      throw usage("--exchange-version is for --environment exchange-server only");
    }
    if (!online && tenant != null) {
      throw usage("--tenant is for --environment exchange-online only");
    }
    if (!online && transportServers.isEmpty()) {
      throw usage("--transport-server is required for --environment exchange-server");
    }
    if (online) {
      for (CoexistenceServer server : coexistenceServers) {
        if (server.publicAddress().isEmpty()) {
          throw usage(
              "--coexistence-server "
                  + server.name()
                  + ": Exchange Online reaches the coexistence servers over the internet; add the"
                  + " public address or host name (NAME=ADDR,public=PUBLIC)");
        }
      }
    }
    ImmutablePlanRequest.Builder request =
        PlanRequest.builder()
            .environment(environment)
            .primaryDomain(primaryDomain)
            .dominoDomain(dominoDomain)
            .exchangeDomain(exchangeDomain)
            .coexistenceServers(coexistenceServers)
            .transportServers(transportServers)
            .foreignDomain(foreignDomain)
            .foreignDomainMailbox(foreignDomainMailbox)
            .mailExchanger(mailExchanger)
            .tls(tls);
    if (exchangeVersion != null) {
      request.exchangeVersion(exchangeVersion);
    }
    if (organization != null) {
      request.organization(organization);
    }
    if (tenant != null) {
      request.tenant(tenant);
    }
    if (notesDomain != null) {
      request.notesDomain(notesDomain);
    }
    if (exchangeRelayHost != null) {
      request.exchangeRelayHost(exchangeRelayHost);
    }
    try {
      return request.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserError("init: " + e.getMessage(), e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
