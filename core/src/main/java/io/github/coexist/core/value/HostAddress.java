package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a host is reached: one IP address or one host name (no CIDR block, no wildcard, no port). A
 * coexistence server's public address is one: Exchange Online connects to it as a smart host and
 * recognises mail from it.
 *
 * <pre>{@code
 * HostAddress.parse("203.0.113.10").address();        // Optional[203.0.113.10]
 * HostAddress.parse("Coex01.Contoso.com").toString(); // "coex01.contoso.com"
 * HostAddress.parse("coex01.contoso.com").toSmartHost().kind(); // HOSTNAME
 * }</pre>
 */
public final class HostAddress implements Comparable<HostAddress> {
  private static final String THING = "an IP address or host name";

  private final SmartHost host;

  private HostAddress(SmartHost host) {
    this.host = host;
  }

  /**
   * Reads an IP address ({@code 203.0.113.10}, {@code [203.0.113.10]}, {@code 2001:db8::1}) or a
   * host name ({@code coex01.contoso.com}); surrounding spaces are ignored.
   *
   * @throws InvalidValueException for anything else (a CIDR block, a wildcard, a port, an empty
   *     text)
   */
  public static HostAddress parse(String text) {
    requireNonNull(text, "text");
    SmartHost host;
    try {
      host = SmartHost.parse(text);
    } catch (InvalidValueException e) {
      throw e.as(THING, text);
    }
    if (host.kind() == SmartHost.Kind.CIDR) {
      throw new InvalidValueException(THING, text, "a CIDR block is not one host");
    }
    return new HostAddress(host);
  }

  /** The host at {@code address}. */
  public static HostAddress of(IpAddress address) {
    return new HostAddress(SmartHost.of(address));
  }

  /** The IP address, when this is one. */
  public Optional<IpAddress> address() {
    return host.address();
  }

  /** The host name, when this is one. */
  public Optional<SmtpDomain> hostName() {
    return host.hostName();
  }

  /** This host as a connector's smart host. */
  public SmartHost toSmartHost() {
    return host;
  }

  /** Addresses first, then host names, as {@link SmartHost} orders them. */
  @Override
  public int compareTo(HostAddress other) {
    return host.compareTo(other.host);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostAddress hostAddress && hostAddress.host.equals(host);
  }

  @Override
  public int hashCode() {
    return host.hashCode();
  }

  /** The address without brackets, or the lower-case host name. */
  @Override
  public String toString() {
    return host.toString();
  }
}
