package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The three SMTP namespaces of the coexistence (the guide's shared / sub-domain design).
 *
 * <pre>{@code
 * Domains d = Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com");
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class Domains {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  Domains() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Domains}. A setter of a list (e.g. {@code names(list)}) replaces the values set
   * so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws {@link
   * IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableDomains.Builder {
    Builder() {}
  }

  /** The three domains parsed from text. */
  public static Domains of(String primary, String dominoRouting, String exchangeRouting) {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(dominoRouting, "dominoRouting");
    Objects.requireNonNull(exchangeRouting, "exchangeRouting");
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
