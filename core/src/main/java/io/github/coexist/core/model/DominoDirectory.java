package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the Domino Directory documents BTCal's routing needs are made of, beyond BTCal's own
 * Notes.ini settings: the coexistence servers' Notes domain, the relay host that reaches Exchange
 * for the Exchange routing domain, and the Global Domain's internet domains. The Foreign Domain
 * documents take their names from BTEXCHANGEDOMAIN and BTEXCHANGEDB, one per coexistence server.
 *
 * <pre>{@code
 * DominoDirectory d = DominoDirectory.builder()
 *     .notesDomain("ACME")
 *     .exchangeRelayHost(SmartHost.parse("EX01.contoso.com"))
 *     .build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class DominoDirectory {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  DominoDirectory() {}

  /** A builder. */
  public static ImmutableDominoDirectory.Builder builder() {
    return ImmutableDominoDirectory.builder();
  }

  /** The Notes (Domino) domain of the coexistence servers, e.g. {@code ACME}. */
  public abstract Optional<String> notesDomain();

  /**
   * Where Domino relays mail for the Exchange routing domain: an Exchange transport server (name or
   * address), a smart host in front of Exchange, or Exchange Online's MX host for the domain.
   */
  public abstract Optional<SmartHost> exchangeRelayHost();

  /** The suffix of Exchange Online's inbound MX hosts. */
  public static final String EXCHANGE_ONLINE_MX_SUFFIX = ".mail.protection.outlook.com";

  /**
   * Exchange Online's MX host for {@code domain}: its "domain key" (the domain with hyphens for
   * dots) under {@value #EXCHANGE_ONLINE_MX_SUFFIX}, e.g. {@code exch-contoso-com.mail.protection
   * .outlook.com}. The Microsoft 365 admin center shows the exact host of each domain.
   *
   * @see <a
   *     href="https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider">Microsoft:
   *     Add DNS records to connect your domain</a>
   */
  public static SmtpDomain exchangeOnlineMxHost(SmtpDomain domain) {
    return SmtpDomain.parse(domain.toString().replace('.', '-') + EXCHANGE_ONLINE_MX_SUFFIX);
  }

  /** The Global Domain document whose internet domains must include the Domino routing domain. */
  public abstract Optional<GlobalDomain> globalDomain();
}
