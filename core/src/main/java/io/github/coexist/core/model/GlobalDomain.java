package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.SmtpDomain;
import org.immutables.value.Value;

/**
 * The Domino Directory's Global Domain document (role SMTP): the internet domains Domino treats as
 * local. Mail Exchange sends to the Domino routing domain is delivered only when that domain is
 * among them.
 *
 * <pre>{@code
 * GlobalDomain g = GlobalDomain.builder().name("ACME Global Domain")
 *     .primaryInternetDomain(SmtpDomain.parse("contoso.com"))
 *     .addInternetDomainAliases(SmtpDomain.parse("domino.contoso.com")).build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class GlobalDomain {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  GlobalDomain() {}

  /** A builder. */
  public static ImmutableGlobalDomain.Builder builder() {
    return ImmutableGlobalDomain.builder();
  }

  /** The document's "Global domain name" (free text). */
  public abstract String name();

  /** "Local primary internet domain", e.g. {@code contoso.com}. */
  public abstract SmtpDomain primaryInternetDomain();

  /** "Alternate Internet domain aliases", e.g. {@code domino.contoso.com}. */
  public abstract ImmutableList<SmtpDomain> internetDomainAliases();

  /** The primary domain and the aliases, in document order. */
  public ImmutableList<SmtpDomain> internetDomains() {
    return ImmutableList.<SmtpDomain>builder()
        .add(primaryInternetDomain())
        .addAll(internetDomainAliases())
        .build();
  }
}
