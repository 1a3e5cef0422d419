package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One IPv4 or IPv6 address, read without DNS.
 *
 * <pre>{@code
 * IpAddress.parse("10.1.1.1").isIpv4();              // true
 * IpAddress.parse("2001:0DB8::CD3").toString();       // "2001:db8::cd3"
 * IpAddress.parse("::ffff:10.0.0.1").toString();      // "::ffff:a00:1" (stays IPv6)
 * }</pre>
 *
 * <p>The canonical text is Guava's {@link InetAddresses#toAddrString}: dotted quad for IPv4, RFC
 * 5952 compressed lower-case hex for IPv6. Brackets ({@code [::1]}) and zone ids ({@code
 * fe80::1%eth0}) are refused, and so are IPv4 parts with leading zeros ({@code 010.1.1.1}, which
 * some parsers read as octal). An address written in IPv6 syntax stays IPv6, IPv4-mapped ones
 * included. Addresses order IPv4 before IPv6, then numerically.
 */
public final class IpAddress implements Comparable<IpAddress> {
  private static final String THING = "an IP address";

  // The address as an unsigned 128-bit number in two longs (an IPv4 address in the low 32 bits),
  // rather than a BigInteger: comparing and hashing are then a few instructions with no pointer to
  // follow, which is most of what the range rules do with 100,000 ranges.
  private final long high;
  private final long low;
  private final boolean ipv4;
  private final String text;

  private IpAddress(long high, long low, boolean ipv4) {
    this.high = high;
    this.low = low;
    this.ipv4 = ipv4;
    this.text = InetAddresses.toAddrString(toInetAddress());
  }

  private static IpAddress ofBytes(byte[] bytes) {
    long high = 0;
    long low = 0;
    for (int i = 0; i < bytes.length; i++) {
      int at = bytes.length - 1 - i; // byte i from the right
      long b = bytes[at] & 0xFFL;
      if (i < 8) {
        low |= b << (8 * i);
      } else {
        high |= b << (8 * (i - 8));
      }
    }
    return new IpAddress(high, low, bytes.length == 4);
  }

  /**
   * Reads {@code 10.1.1.1} or {@code 2001:db8::1}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not an address
   */
  public static IpAddress parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    if (s.startsWith("[") || s.endsWith("]")) {
      throw new InvalidValueException(THING, text, "brackets are not part of an address");
    }
    if (s.indexOf('%') >= 0) {
      throw new InvalidValueException(THING, text, "zone ids are not allowed");
    }
    for (int i = 0; i < s.length(); i++) {
      // Guava reads any Unicode digit: "１０.1.1.1" (full width) would become 10.1.1.1.
      if (s.charAt(i) >= 0x80 && Character.isDigit(s.charAt(i))) {
        throw new InvalidValueException(
            THING,
            text,
            "character "
                + Texts.quote(s.substring(i, i + 1))
                + " is a digit, but not an ASCII one; an address is written in ASCII digits");
      }
    }
    if (!InetAddresses.isInetAddress(s)) {
      throw new InvalidValueException(THING, text, whyMalformed(s));
    }
    byte[] bytes = InetAddresses.forString(s).getAddress();
    boolean ipv6Syntax = s.indexOf(':') >= 0;
    if (ipv6Syntax && bytes.length == 4) {
      // Java turns ::ffff:a.b.c.d into an Inet4Address; what was written as IPv6 stays IPv6.
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      bytes = mapped;
    }
    return ofBytes(bytes);
  }

  private static String whyMalformed(String s) {
    if (s.indexOf(':') >= 0) {
      return "malformed IPv6 address";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return "expected an IPv4 or IPv6 address";
      }
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return "an IPv4 address has 4 parts";
    }
    for (String part : parts) {
      if (part.isEmpty()) {
        return "empty part";
      }
      if (part.length() > 1 && part.charAt(0) == '0') {
        return "part " + Texts.quote(part) + " has a leading zero";
      }
      if (part.length() > 3 || Integer.parseInt(part) > 255) {
        return "part " + Texts.quote(part) + " is not 0..255";
      }
    }
    return "malformed IPv4 address";
  }

  /**
   * The address with the given numeric value.
   *
   * @param value 0 to 2<sup>32</sup>-1 for IPv4, 0 to 2<sup>128</sup>-1 for IPv6
   * @param ipv4 the family
   * @throws InvalidValueException if the value does not fit the family
   */
  public static IpAddress fromBigInteger(BigInteger value, boolean ipv4) {
    requireNonNull(value, "value");
    if (value.signum() < 0 || value.bitLength() > (ipv4 ? 32 : 128)) {
      throw new InvalidValueException(
          THING, value.toString(), "out of range for " + (ipv4 ? "IPv4" : "IPv6"));
    }
    byte[] bytes = new byte[ipv4 ? 4 : 16];
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, bytes.length);
    System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
    return ofBytes(bytes);
  }

  /** Whether this is an IPv4 address. */
  public boolean isIpv4() {
    return ipv4;
  }

  /** 32 for IPv4, 128 for IPv6. */
  public int bitLength() {
    return ipv4 ? 32 : 128;
  }

  /** The address as an unsigned number. */
  public BigInteger toBigInteger() {
    return new BigInteger(1, toBytes());
  }

  /** The address in network byte order: 4 or 16 bytes (a fresh array). */
  public byte[] toBytes() {
    byte[] bytes = new byte[bitLength() / 8];
    for (int i = 0; i < bytes.length; i++) {
      long word = i < 8 ? low : high;
      bytes[bytes.length - 1 - i] = (byte) (word >>> (8 * (i % 8)));
    }
    return bytes;
  }

  /**
   * The address as a JDK {@link InetAddress}, built from its bytes (no DNS): an {@link
   * Inet4Address} or an {@link Inet6Address}.
   */
  public InetAddress toInetAddress() {
    try {
      byte[] bytes = toBytes();
      return ipv4 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError("a byte array of the right length is always an address", e);
    }
  }

  /** IPv4 before IPv6, then by numeric value. */
  @Override
  public int compareTo(IpAddress other) {
    if (ipv4 != other.ipv4) {
      return ipv4 ? -1 : 1;
    }
    int byHigh = Long.compareUnsigned(high, other.high);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpAddress ipAddress
        && ipAddress.ipv4 == ipv4
        && ipAddress.high == high
        && ipAddress.low == low;
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(high) * 31 + Long.hashCode(low)) * 31 + (ipv4 ? 1 : 0);
  }

  /** The canonical text, as {@link InetAddresses#toAddrString} prints it. */
  @Override
  public String toString() {
    return text;
  }
}
