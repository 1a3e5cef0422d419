package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * A contiguous block of IP addresses in one of the three forms of Exchange's {@code
 * RemoteIPRanges}: a single address, a CIDR block or a first-last range.
 *
 * <pre>{@code
 * IpRange.parse("10.1.1.1").kind();                  // SINGLE
 * IpRange.parse("192.168.1.7/24").toString();        // "192.168.1.0/24"
 * IpRange.parse("10.1.1.1-10.1.1.9").size();         // 9
 * IpRange.parse("2001:0DB8::CD3/60").toString();     // "2001:db8::/60"
 * IpRange.parse("10.0.0.0(255.0.0.0)").toString();   // "10.0.0.0/8" (the older mask form)
 * }</pre>
 *
 * <p><b>CIDR canonicalisation:</b> host bits after the prefix are cleared, so {@code
 * 192.168.1.7/24} reads as the network {@code 192.168.1.0/24}, which is what Exchange matches. The
 * kind is part of the value: {@code 10.1.1.1}, {@code 10.1.1.1/32} and {@code 10.1.1.1-10.1.1.1}
 * hold the same address but are three different values, so a rule can still see which form the plan
 * used. Both ends of a range have the same IP version and the first is not after the last; {@code
 * 0.0.0.0-255.255.255.255} is a valid range. Limits that depend on the cmdlet (Exchange Online
 * takes only IPv4 single addresses and CIDR /24 to /32) are not checked here: use {@link #kind},
 * {@link #prefixLength} and {@link #isIpv4}.
 *
 * <p>Ranges order by first address, then by last address descending (so a block comes before the
 * blocks inside it), then by kind.
 */
public final class IpRange implements Comparable<IpRange> {
  private static final String THING = "an IP range";

  private static final Comparator<IpRange> ORDER =
      Comparator.comparing(IpRange::first)
          .thenComparing(IpRange::last, Comparator.reverseOrder())
          .thenComparing(IpRange::kind);

  /** The written form of a range. */
  public enum Kind {
    /** One address: {@code 10.1.1.1}. */
    SINGLE,
    /** A network and prefix length: {@code 10.1.1.0/24}. */
    CIDR,
    /** First and last address: {@code 10.1.1.1-10.1.1.9}. */
    RANGE
  }

  private final Kind kind;
  private final IpAddress first;
  private final IpAddress last;
  private final int prefixLength;

  private IpRange(Kind kind, IpAddress first, IpAddress last, int prefixLength) {
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.prefixLength = prefixLength;
  }

  /**
   * Reads {@code 10.1.1.1}, {@code 10.1.1.0/24}, {@code 10.1.1.1-10.1.1.9} or the mask form {@code
   * 10.1.1.0(255.255.255.0)}; spaces around the whole and around {@code -} and {@code /} are
   * ignored.
   *
   * @throws InvalidValueException if the text is not a range
   */
  public static IpRange parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    try {
      int slash = s.indexOf('/');
      int dash = s.indexOf('-');
      int paren = s.indexOf('(');
      if ((slash >= 0 ? 1 : 0) + (dash >= 0 ? 1 : 0) + (paren >= 0 ? 1 : 0) > 1) {
        throw new InvalidValueException(THING, text, "mixes the forms a/n, a-b and a(mask)");
      }
      if (slash >= 0) {
        IpAddress address = part(s.substring(0, slash), "the network address", text);
        String prefix = Texts.stripSpaces(s.substring(slash + 1));
        int max = address.bitLength();
        if (prefix.length() > 3 || !Texts.isAsciiDigits(prefix) || Integer.parseInt(prefix) > max) {
          throw new InvalidValueException(THING, text, "prefix length must be 0.." + max);
        }
        return cidrOf(address, Integer.parseInt(prefix));
      }
      if (paren >= 0) {
        if (!s.endsWith(")")) {
          throw new InvalidValueException(THING, text, "text after the subnet mask");
        }
        IpAddress address = part(s.substring(0, paren), "the network address", text);
        IpAddress mask = part(s.substring(paren + 1, s.length() - 1), "the subnet mask", text);
        if (!address.isIpv4() || !mask.isIpv4()) {
          throw new InvalidValueException(THING, text, "the subnet mask form is IPv4 only");
        }
        int prefix = prefixOfMask(mask);
        if (prefix < 0) {
          throw new InvalidValueException(THING, text, "the subnet mask is not contiguous");
        }
        return cidrOf(address, prefix);
      }
      if (dash >= 0) {
        if (s.indexOf('-', dash + 1) >= 0) {
          throw new InvalidValueException(THING, text, "more than one \"-\"");
        }
        IpAddress from = part(s.substring(0, dash), "the first address", text);
        IpAddress to = part(s.substring(dash + 1), "the last address", text);
        String why = rangeProblem(from, to);
        if (why != null) {
          throw new InvalidValueException(THING, text, why);
        }
        return new IpRange(Kind.RANGE, from, to, -1);
      }
      return single(IpAddress.parse(s));
    } catch (InvalidValueException e) {
      throw e.thing().equals(THING) ? e : e.as(THING, text);
    }
  }

  private static IpAddress part(String part, String role, String text) {
    if (Texts.stripSpaces(part).isEmpty()) {
      throw new InvalidValueException(THING, text, "missing " + role);
    }
    return IpAddress.parse(part);
  }

  /** The range holding one address, written as that address. */
  public static IpRange single(IpAddress address) {
    requireNonNull(address, "address");
    return new IpRange(Kind.SINGLE, address, address, -1);
  }

  /**
   * The CIDR block of {@code address} with {@code prefixLength} bits; host bits are cleared.
   *
   * @throws InvalidValueException if the prefix length is outside 0..32 (IPv4) or 0..128 (IPv6)
   */
  public static IpRange cidr(IpAddress address, int prefixLength) {
    requireNonNull(address, "address");
    if (prefixLength < 0 || prefixLength > address.bitLength()) {
      throw new InvalidValueException(
          THING, address + "/" + prefixLength, "prefix length must be 0.." + address.bitLength());
    }
    return cidrOf(address, prefixLength);
  }

  /**
   * The range from {@code first} to {@code last}, inclusive.
   *
   * @throws InvalidValueException if the versions differ or first is after last
   */
  public static IpRange range(IpAddress first, IpAddress last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    String why = rangeProblem(first, last);
    if (why != null) {
      throw new InvalidValueException(THING, first + "-" + last, why);
    }
    return new IpRange(Kind.RANGE, first, last, -1);
  }

  private static String rangeProblem(IpAddress first, IpAddress last) {
    if (first.isIpv4() != last.isIpv4()) {
      return "both ends must be the same IP version";
    }
    if (first.compareTo(last) > 0) {
      return "the first address is after the last";
    }
    return null;
  }

  private static IpRange cidrOf(IpAddress address, int prefixLength) {
    int bits = address.bitLength();
    BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE);
    BigInteger network = address.toBigInteger().andNot(hostMask);
    return new IpRange(
        Kind.CIDR,
        IpAddress.fromBigInteger(network, address.isIpv4()),
        IpAddress.fromBigInteger(network.or(hostMask), address.isIpv4()),
        prefixLength);
  }

  /** The prefix length of a contiguous IPv4 mask, or -1. */
  private static int prefixOfMask(IpAddress mask) {
    long bits = mask.toBigInteger().longValueExact();
    long inverted = ~bits & 0xFFFF_FFFFL;
    if ((inverted & (inverted + 1)) != 0) {
      return -1;
    }
    return 32 - Long.bitCount(inverted);
  }

  /** The form the range was written in. */
  public Kind kind() {
    return kind;
  }

  /** The lowest address (for CIDR, the network address). */
  public IpAddress first() {
    return first;
  }

  /** The highest address (for CIDR, the last address of the block). */
  public IpAddress last() {
    return last;
  }

  /** The prefix length of a CIDR block; empty for the other kinds. */
  public OptionalInt prefixLength() {
    return kind == Kind.CIDR ? OptionalInt.of(prefixLength) : OptionalInt.empty();
  }

  /** Whether this is an IPv4 range. */
  public boolean isIpv4() {
    return first.isIpv4();
  }

  /** Whether {@code address} lies in this range (never, for an address of the other version). */
  public boolean contains(IpAddress address) {
    requireNonNull(address, "address");
    return address.isIpv4() == isIpv4()
        && first.compareTo(address) <= 0
        && address.compareTo(last) <= 0;
  }

  /** Whether every address of {@code other} lies in this range. */
  public boolean contains(IpRange other) {
    requireNonNull(other, "other");
    return other.isIpv4() == isIpv4()
        && first.compareTo(other.first) <= 0
        && other.last.compareTo(last) <= 0;
  }

  /** Whether the two ranges share at least one address. */
  public boolean overlaps(IpRange other) {
    requireNonNull(other, "other");
    return other.isIpv4() == isIpv4()
        && first.compareTo(other.last) <= 0
        && other.first.compareTo(last) <= 0;
  }

  /** The number of addresses, at least 1. */
  public BigInteger size() {
    return last.toBigInteger().subtract(first.toBigInteger()).add(BigInteger.ONE);
  }

  /** By first address, then by last address descending, then by kind. */
  @Override
  public int compareTo(IpRange other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IpRange that)) {
      return false;
    }

    return kind == that.kind
        && first.equals(that.first)
        && last.equals(that.last)
        && prefixLength == that.prefixLength;
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + first.hashCode()) * 31 + last.hashCode();
  }

  /** The canonical text: {@code 10.1.1.1}, {@code 10.1.1.0/24} or {@code 10.1.1.1-10.1.1.9}. */
  @Override
  public String toString() {
    return switch (kind) {
      case SINGLE -> first.toString();
      case CIDR -> first + "/" + prefixLength;
      default -> first + "-" + last;
    };
  }
}
