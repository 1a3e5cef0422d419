package io.github.coexist.core.model;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.IpAddress;
import org.immutables.value.Value;

/**
 * A Domino coexistence server running BTCal: its Domino name and the IP address Exchange sees.
 *
 * <pre>{@code
 * CoexistenceServer s = CoexistenceServer.of("COEX01/ACME", "10.1.1.1");
 * }</pre>
 */
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
    return builder().name(name).address(IpAddress.parse(address)).build();
  }

  /** The Domino server name, e.g. {@code COEX01/ACME}. */
  public abstract String name();

  /** The address the server sends from and receives on. */
  public abstract IpAddress address();

  @Value.Check
  final void check() {
    if (name().isEmpty()) {
      throw new IllegalArgumentException("coexistence server name must not be empty");
    }
  }
}
