package io.github.coexist.core.recommend;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an administrator knows before the guide's section 7: the environment, the three domains, the
 * coexistence servers and, for Exchange Server, the transport servers. Everything else has the
 * guide's defaults.
 *
 * <pre>{@code
 * PlanRequest request = PlanRequest.builder()
 *     .environment(Environment.EXCHANGE_SERVER)
 *     .primaryDomain(SmtpDomain.parse("contoso.com"))
 *     .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
 *     .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
 *     .addCoexistenceServers(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
 *     .addTransportServers("EX01")
 *     .build();
 * CoexistencePlan plan = RecommendedPlans.create(request);
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class PlanRequest {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  PlanRequest() {}

  /** The guide's Foreign Domain name (Appendix J). */
  public static final String DEFAULT_FOREIGN_DOMAIN = "Exchange";

  /** The guide's foreign-domain mailbox file (Appendix J). */
  public static final String DEFAULT_FOREIGN_DOMAIN_MAILBOX = "btexchange.box";

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PlanRequest}. A setter of a list (e.g. {@code names(list)}) replaces the values
   * set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws {@link
   * IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutablePlanRequest.Builder {
    Builder() {}
  }

  /** Exchange Online (section 7.1) or Exchange Server (section 7.2). */
  public abstract Environment environment();

  /** The shared primary SMTP domain, e.g. {@code contoso.com}. */
  public abstract SmtpDomain primaryDomain();

  /** The Domino routing subdomain, e.g. {@code domino.contoso.com}. */
  public abstract SmtpDomain dominoDomain();

  /** The Exchange routing subdomain, e.g. {@code exch.contoso.com}. */
  public abstract SmtpDomain exchangeDomain();

  /**
   * The Domino coexistence (BTCal) servers; at least one. For Exchange Online each has a public
   * address or host name ({@link CoexistenceServer#publicAddress()}).
   */
  public abstract ImmutableList<CoexistenceServer> coexistenceServers();

  /**
   * Exchange Server only: the version ({@link ExchangeVersion#EXCHANGE_2019} when empty). Given for
   * Exchange Online, the request is refused: the plan would drop it.
   */
  public abstract Optional<ExchangeVersion> exchangeVersion();

  /** Exchange Server only: the transport servers that send to and receive from Domino. */
  public abstract ImmutableList<String> transportServers();

  /** A display name for comments and the runbook. */
  public abstract Optional<String> organization();

  /** Exchange Online only: the tenant, e.g. {@code contoso.onmicrosoft.com}. */
  public abstract Optional<SmtpDomain> tenant();

  /** BTEXCHANGEDOMAIN, the Foreign Domain name ({@value #DEFAULT_FOREIGN_DOMAIN} unless given). */
  @Value.Default
  public String foreignDomain() {
    return DEFAULT_FOREIGN_DOMAIN;
  }

  /** BTEXCHANGEDB ({@value #DEFAULT_FOREIGN_DOMAIN_MAILBOX} unless given). */
  @Value.Default
  public String foreignDomainMailbox() {
    return DEFAULT_FOREIGN_DOMAIN_MAILBOX;
  }

  /**
   * The coexistence servers' Notes domain; unless given, the organization of the first coexistence
   * server's name ({@code ACME} for {@code COEX01/ACME}), which is the usual Domino domain name.
   */
  public abstract Optional<String> notesDomain();

  /**
   * Where Domino relays mail for the Exchange routing domain; unless given, Exchange Online's MX
   * host for that domain, or the first transport server.
   */
  public abstract Optional<SmartHost> exchangeRelayHost();

  /** Exchange Online only: the certificate name the coexistence servers present, if any. */
  public abstract Optional<String> tlsCertificateName();

  /**
   * Where internet mail enters ({@link MailExchanger#DOMINO} unless given): while Domino receives
   * it, the recommended connectors from Domino grant no internal trust.
   */
  @Value.Default
  public MailExchanger mailExchanger() {
    return MailExchanger.DOMINO;
  }

  /** Opportunistic (the guide's choice, the default) or required TLS. */
  @Value.Default
  public TlsChoice tls() {
    return TlsChoice.OPPORTUNISTIC;
  }

  @Value.Check
  final void check() {
    if (coexistenceServers().isEmpty()) {
      throw new IllegalArgumentException("coexistenceServers: at least one server is needed");
    }
    if (environment() == Environment.EXCHANGE_ONLINE) {
      for (CoexistenceServer server : coexistenceServers()) {
        if (server.publicAddress().isEmpty()) {
          throw new IllegalArgumentException(
              "coexistenceServers: "
                  + server.name()
                  + " has no public address or host name; Exchange Online reaches the"
                  + " coexistence servers over the internet");
        }
      }
    }
    if (environment() == Environment.EXCHANGE_SERVER && transportServers().isEmpty()) {
      throw new IllegalArgumentException(
          "transportServers: Exchange Server needs at least one transport server");
    }
    // The Exchange Online plan has no transport servers; dropping them silently would hide a
    // request meant for Exchange Server (the CLI refuses the same with exit 2).
    if (environment() == Environment.EXCHANGE_ONLINE && exchangeVersion().isPresent()) {
      throw new IllegalArgumentException(
          "exchangeVersion: Exchange Online has no version (it is for Exchange Server): "
              + exchangeVersion().get());
    }
    if (environment() == Environment.EXCHANGE_ONLINE && !transportServers().isEmpty()) {
      throw new IllegalArgumentException(
          "transportServers: Exchange Online has no transport servers (they are for Exchange"
              + " Server): "
              + String.join(", ", transportServers()));
    }
  }
}
