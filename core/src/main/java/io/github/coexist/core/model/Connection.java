package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an Exchange Online script connects (Connect-ExchangeOnline): interactively as a user, or
 * unattended as an app with a certificate (which also needs the plan's tenant).
 *
 * <pre>{@code
 * Connection interactive = Connection.builder().userPrincipalName("admin@contoso.com").build();
 * Connection appOnly = Connection.builder().appId("0b5...").certificateThumbprint("A1B2...").build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class Connection {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  Connection() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Connection}. A setter of a list (e.g. {@code names(list)}) replaces the values
   * set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws {@link
   * IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableConnection.Builder {
    Builder() {}
  }

  /** {@code -UserPrincipalName} for an interactive (MFA-capable) sign-in. */
  public abstract Optional<String> userPrincipalName();

  /** {@code -AppId} of an app registration, for an unattended app-only run. */
  public abstract Optional<String> appId();

  /** {@code -CertificateThumbprint} of the app's certificate (Windows certificate store). */
  public abstract Optional<String> certificateThumbprint();

  /** Whether this is an app-only (unattended) connection. */
  public boolean isAppOnly() {
    return appId().isPresent();
  }
}
