package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * A smart host of a Send connector or an Exchange Online Outbound connector: an IP address, a CIDR
 * block (Outbound connectors accept one) or a host name.
 *
 * <pre>{@code
 * SmartHost.parse("10.1.1.1").kind();                // ADDRESS
 * SmartHost.parse("[10.1.1.1]").toString();          // "10.1.1.1" (Exchange prints IPs in brackets)
 * SmartHost.parse("10.1.1.0/24").kind();             // CIDR
 * SmartHost.parse("Mail.Contoso.com").toString();    // "mail.contoso.com"
 * }</pre>
 *
 * <p>A host name follows {@link SmtpDomain}'s rules (single labels such as {@code relay} are
 * allowed), without wildcards. A CIDR block is canonicalised as in {@link IpRange}. Whether the
 * connector accepts the kind (Send connectors take no CIDR) is for validation rules. Smart hosts
 * order by kind (addresses, CIDR blocks, host names), then within the kind.
 */
public final class SmartHost implements Comparable<SmartHost> {
  private static final String THING = "a smart host";

  /** What a smart host names. */
  public enum Kind {
    /** A single IP address. */
    ADDRESS,
    /** A CIDR block of addresses. */
    CIDR,
    /** A host name, resolved by the server. */
    HOSTNAME
  }

  private static final Comparator<SmartHost> ORDER =
      Comparator.comparing(SmartHost::kind)
          .thenComparing(h -> h.address, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(h -> h.range, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(h -> h.hostName, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Kind kind;
  private final IpAddress address;
  private final IpRange range;
  private final SmtpDomain hostName;

  private SmartHost(Kind kind, IpAddress address, IpRange range, SmtpDomain hostName) {
    this.kind = kind;
    this.address = address;
    this.range = range;
    this.hostName = hostName;
  }

  /**
   * Reads {@code 10.1.1.1}, {@code [10.1.1.1]}, {@code 2001:db8::1}, {@code 10.1.1.0/24} or {@code
   * mail.contoso.com}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a smart host
   */
  public static SmartHost parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    try {
      if (s.startsWith("[") && s.endsWith("]")) {
        return of(IpAddress.parse(s.substring(1, s.length() - 1)));
      }
      if (s.indexOf('/') >= 0) {
        return of(IpRange.parse(s));
      }
      int colon = s.lastIndexOf(':');
      if (colon > 0 && s.indexOf(':') == colon && Texts.isAsciiDigits(s.substring(colon + 1))) {
        // host:port or a.b.c.d:port; the connector's -Port parameter sets the port.
        throw new InvalidValueException(THING, text, "a smart host has no port; use -Port");
      }
      if (colon >= 0 || looksNumeric(s)) {
        return of(IpAddress.parse(s));
      }
      if (s.indexOf('-') >= 0 && looksNumeric(s.replace("-", ""))) {
        throw new InvalidValueException(THING, text, "an address range is not a smart host");
      }
      SmtpDomain name = SmtpDomain.parse(s);
      if (name.isWildcard() || name.isStar()) {
        throw new InvalidValueException(THING, text, "a host name cannot be a wildcard");
      }
      return new SmartHost(Kind.HOSTNAME, null, null, name);
    } catch (InvalidValueException e) {
      throw e.thing().equals(THING) ? e : e.as(THING, text);
    }
  }

  private static boolean looksNumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The smart host at one address. */
  public static SmartHost of(IpAddress address) {
    requireNonNull(address, "address");
    return new SmartHost(Kind.ADDRESS, address, null, null);
  }

  /**
   * The smart host of a CIDR block.
   *
   * @throws InvalidValueException if the range is not a CIDR block
   */
  public static SmartHost of(IpRange range) {
    requireNonNull(range, "range");
    if (range.kind() != IpRange.Kind.CIDR) {
      throw new InvalidValueException(
          THING, range.toString(), "only a CIDR block or a single address can be a smart host");
    }
    return new SmartHost(Kind.CIDR, null, range, null);
  }

  /**
   * The smart host of a host name.
   *
   * @throws InvalidValueException if the name is a wildcard
   */
  public static SmartHost of(SmtpDomain hostName) {
    requireNonNull(hostName, "hostName");
    if (hostName.isWildcard() || hostName.isStar()) {
      throw new InvalidValueException(
          THING, hostName.toString(), "a host name cannot be a wildcard");
    }
    return new SmartHost(Kind.HOSTNAME, null, null, hostName);
  }

  /** What this smart host names. */
  public Kind kind() {
    return kind;
  }

  /** The address, for {@link Kind#ADDRESS}. */
  public Optional<IpAddress> address() {
    return Optional.ofNullable(address);
  }

  /** The CIDR block, for {@link Kind#CIDR}. */
  public Optional<IpRange> range() {
    return Optional.ofNullable(range);
  }

  /** The host name, for {@link Kind#HOSTNAME}; never a wildcard. */
  public Optional<SmtpDomain> hostName() {
    return Optional.ofNullable(hostName);
  }

  /** Whether this is an IPv4 address or block (false for host names). */
  public boolean isIpv4() {
    return (address != null && address.isIpv4()) || (range != null && range.isIpv4());
  }

  /** By kind (addresses, CIDR blocks, host names), then by the value. */
  @Override
  public int compareTo(SmartHost other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmartHost smartHost && smartHost.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The canonical text: the address without brackets, the CIDR block or the host name. */
  @Override
  public String toString() {
    return switch (kind) {
      case ADDRESS -> address.toString();
      case CIDR -> range.toString();
      default -> hostName.toString();
    };
  }
}
