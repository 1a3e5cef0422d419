package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * A local address and TCP port a Receive connector listens on, as in {@code -Bindings}.
 *
 * <pre>{@code
 * Binding.parse("0.0.0.0:25").port();                 // 25
 * Binding.parse("[::]:25").toString();                 // "[::]:25"
 * Binding.parse("[2001:DB8::1]:2525").toString();      // "[2001:db8::1]:2525"
 * }</pre>
 *
 * <p>An IPv6 address is written in brackets (always, in the canonical form); an IPv4 address may
 * be, and prints without. {@code 0.0.0.0} stands for all local IPv4 addresses and {@code ::} for
 * all IPv6 addresses. The port is 0..65535. Whether the address is local to the server is not known
 * here. Bindings order by address, then port.
 */
public final class Binding implements Comparable<Binding> {
  private static final String THING = "a binding";
  private static final Comparator<Binding> ORDER =
      Comparator.comparing(Binding::address).thenComparingInt(Binding::port);

  private final IpAddress address;
  private final int port;

  private Binding(IpAddress address, int port) {
    this.address = address;
    this.port = port;
  }

  /**
   * Reads {@code address:port}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a binding
   */
  public static Binding parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    String addressText;
    String portText;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new InvalidValueException(THING, text, "missing \"]\"");
      }
      addressText = s.substring(1, close);
      String rest = s.substring(close + 1);
      if (!rest.startsWith(":")) {
        throw new InvalidValueException(THING, text, "missing \":port\" after \"]\"");
      }
      portText = rest.substring(1);
    } else {
      int colon = s.lastIndexOf(':');
      if (colon < 0) {
        throw new InvalidValueException(THING, text, "missing \":port\"");
      }
      addressText = s.substring(0, colon);
      if (addressText.indexOf(':') >= 0) {
        throw new InvalidValueException(
            THING, text, "an IPv6 address must be in brackets, as in [::]:25");
      }
      portText = s.substring(colon + 1);
    }
    if (addressText.isEmpty()) {
      throw new InvalidValueException(THING, text, "missing address");
    }
    IpAddress address;
    try {
      address = IpAddress.parse(addressText);
    } catch (InvalidValueException e) {
      throw e.as(THING, text);
    }
    if (portText.length() > 5 || !Texts.isAsciiDigits(portText)) {
      throw new InvalidValueException(THING, text, "port must be 0..65535");
    }
    int port = Integer.parseInt(portText);
    if (port > 65535) {
      throw new InvalidValueException(THING, text, "port must be 0..65535");
    }
    return new Binding(address, port);
  }

  /**
   * The binding of {@code address} and {@code port}.
   *
   * @throws InvalidValueException if the port is outside 0..65535
   */
  public static Binding of(IpAddress address, int port) {
    requireNonNull(address, "address");
    if (port < 0 || port > 65535) {
      throw new InvalidValueException(THING, format(address, port), "port must be 0..65535");
    }
    return new Binding(address, port);
  }

  /** The local address; {@code 0.0.0.0} or {@code ::} for all. */
  public IpAddress address() {
    return address;
  }

  /** The TCP port, 0..65535. */
  public int port() {
    return port;
  }

  /** By address (IPv4 first), then by port. */
  @Override
  public int compareTo(Binding other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Binding binding && binding.address.equals(address) && binding.port == port;
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 31 + port;
  }

  /** The canonical text: {@code 10.0.0.5:25} or {@code [2001:db8::1]:25}. */
  @Override
  public String toString() {
    return format(address, port);
  }

  private static String format(IpAddress address, int port) {
    return address.isIpv4() ? address + ":" + port : "[" + address + "]:" + port;
  }
}
