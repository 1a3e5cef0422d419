package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Domino coexistence server running BTCal: its Domino name, the internal IP address Exchange
 * Server and Domino see, and, for Exchange Online, the public address or host name the internet
 * reaches it at.
 *
 * <pre>{@code
 * CoexistenceServer s = CoexistenceServer.of("COEX01/ACME", "10.1.1.1");
 * CoexistenceServer online = CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "coex01.contoso.com");
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class CoexistenceServer {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  CoexistenceServer() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CoexistenceServer}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableCoexistenceServer.Builder {
    Builder() {}
  }

  /** A server from its name and address text. */
  public static CoexistenceServer of(String name, String address) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    return builder().name(name).address(IpAddress.parse(address)).build();
  }

  /** A server from its name, internal address and public address (IP or host name) texts. */
  public static CoexistenceServer of(String name, String address, String publicAddress) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(publicAddress, "publicAddress");
    return builder()
        .name(name)
        .address(IpAddress.parse(address))
        .publicAddress(HostAddress.parse(publicAddress))
        .build();
  }

  /** The Domino server name, e.g. {@code COEX01/ACME}. */
  public abstract String name();

  /**
   * The internal address the server sends from and receives on: what Exchange Server's connectors
   * and Domino use.
   */
  public abstract IpAddress address();

  /**
   * {@code publicAddress}: the address or host name Exchange Online reaches the server at and sees
   * its mail come from (its smart host and sender address); absent when Exchange Online is not
   * involved. Exchange Online is on the internet and cannot use an internal address.
   */
  public abstract Optional<HostAddress> publicAddress();

  /**
   * What Exchange Online knows the server by: its public address, or else its address (which then
   * has to be public itself).
   */
  public HostAddress onlineAddress() {
    return publicAddress().orElseGet(() -> HostAddress.of(address()));
  }

  @Value.Check
  final void check() {
    if (name().isEmpty()) {
      throw new IllegalArgumentException("coexistence server name must not be empty");
    }
  }
}
