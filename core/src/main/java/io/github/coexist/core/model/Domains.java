package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.SmtpDomain;
import org.immutables.value.Value;

/**
 * The three SMTP namespaces of the coexistence (the guide's shared / sub-domain design).
 *
 * <pre>{@code
 * Domains d = Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com");
 * }</pre>
 */
@Value.Immutable
@CoexistStyle
public abstract class Domains {
  /** A builder. */
  public static ImmutableDomains.Builder builder() {
    return ImmutableDomains.builder();
  }

  /** The three domains parsed from text. */
  public static Domains of(String primary, String dominoRouting, String exchangeRouting) {
    return builder()
        .primary(SmtpDomain.parse(primary))
        .dominoRouting(SmtpDomain.parse(dominoRouting))
        .exchangeRouting(SmtpDomain.parse(exchangeRouting))
        .build();
  }

  /** The shared primary SMTP domain every user keeps, e.g. {@code contoso.com}. */
  public abstract SmtpDomain primary();

  /** Where Exchange sends mail for users still on Domino, e.g. {@code domino.contoso.com}. */
  public abstract SmtpDomain dominoRouting();

  /** Where Domino sends mail for users already on Exchange, e.g. {@code exch.contoso.com}. */
  public abstract SmtpDomain exchangeRouting();
}
