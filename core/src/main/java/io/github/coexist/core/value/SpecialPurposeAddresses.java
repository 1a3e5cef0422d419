package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The address blocks that are not reachable from the internet, after IANA's special-purpose
 * registries: an address in one of them cannot be a host Exchange Online connects to or receives
 * from. The table holds every entry of the IPv4 and IPv6 Special-Purpose Address Registries whose
 * "Globally Reachable" is False or N/A, the globally reachable entries nested in them (so that,
 * e.g., 192.0.0.9 stays public inside 192.0.0.0/24), multicast (IPv4 224.0.0.0/4, IPv6 ff00::/8),
 * and, for IPv6, everything outside the global unicast space 2000::/3 that no entry names.
 *
 * <pre>{@code
 * SpecialPurposeAddresses.blockOf(IpAddress.parse("10.1.1.1")).get().name(); // "Private-Use"
 * SpecialPurposeAddresses.isPublic(IpAddress.parse("100.64.0.1"));          // false (RFC 6598)
 * SpecialPurposeAddresses.isPublic(IpAddress.parse("20.1.1.1"));            // true
 * }</pre>
 *
 * <p>Sources: https://www.iana.org/assignments/iana-ipv4-special-registry/ and
 * https://www.iana.org/assignments/iana-ipv6-special-registry/ (entries as of 2025), and the IPv4
 * and IPv6 address space registries for multicast and 2000::/3.
 */
public final class SpecialPurposeAddresses {
  /**
   * One registry entry.
   *
   * @param block the addresses
   * @param name the registry's name for them, e.g. {@code Private-Use}
   * @param source the RFC that assigns them
   * @param reachable whether the registry marks them globally reachable
   */
  public record Block(IpRange block, String name, String source, boolean reachable) {
    /** Every part is required. */
    public Block {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
    }

    /** The block, its name and its source, e.g. {@code 10.0.0.0/8 (Private-Use, RFC 1918)}. */
    @Override
    public String toString() {
      return block + " (" + name + ", " + source + ")";
    }
  }

  private static final ImmutableList<Block> BLOCKS =
      ImmutableList.of(
          // IPv4 Special-Purpose Address Registry.
          block("0.0.0.0/8", "This network", "RFC 791", false),
          block("10.0.0.0/8", "Private-Use", "RFC 1918", false),
          block("100.64.0.0/10", "Shared Address Space", "RFC 6598", false),
          block("127.0.0.0/8", "Loopback", "RFC 1122", false),
          block("169.254.0.0/16", "Link Local", "RFC 3927", false),
          block("172.16.0.0/12", "Private-Use", "RFC 1918", false),
          block("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890", false),
          block("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", true),
          block("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", true),
          block("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", false),
          block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", false),
          block("192.168.0.0/16", "Private-Use", "RFC 1918", false),
          block("198.18.0.0/15", "Benchmarking", "RFC 2544", false),
          block("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", false),
          block("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", false),
          block("224.0.0.0/4", "Multicast", "RFC 5771", false),
          block("240.0.0.0/4", "Reserved", "RFC 1112", false),
          block("255.255.255.255/32", "Limited Broadcast", "RFC 919", false),
          // IPv6 Special-Purpose Address Registry.
          block("::/128", "Unspecified Address", "RFC 4291", false),
          block("::1/128", "Loopback Address", "RFC 4291", false),
          block("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291", false),
          block("64:ff9b::/96", "IPv4-IPv6 Translation", "RFC 6052", true),
          block("64:ff9b:1::/48", "IPv4-IPv6 Translation (local use)", "RFC 8215", false),
          block("100::/64", "Discard-Only Address Block", "RFC 6666", false),
          block("2001::/23", "IETF Protocol Assignments", "RFC 2928", false),
          block("2001::/32", "TEREDO", "RFC 4380", false),
          block("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", true),
          block("2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", true),
          block("2001:2::/48", "Benchmarking", "RFC 5180", false),
          block("2001:3::/32", "AMT", "RFC 7450", true),
          block("2001:4:112::/48", "AS112-v6", "RFC 7535", true),
          block("2001:20::/28", "ORCHIDv2", "RFC 7343", true),
          block(
              "2001:30::/28",
              "Drone Remote ID Protocol Entity Tags (DETs) Prefix",
              "RFC 9374",
              true),
          block("2001:db8::/32", "Documentation", "RFC 3849", false),
          block("2002::/16", "6to4", "RFC 3056", false),
          block("3fff::/20", "Documentation", "RFC 9637", false),
          block("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", false),
          block("fc00::/7", "Unique-Local", "RFC 4193", false),
          block("fe80::/10", "Link-Local Unicast", "RFC 4291", false),
          block("ff00::/8", "Multicast", "RFC 4291", false));

  /** IPv6 global unicast: the only IPv6 space the internet routes (IANA IPv6 Address Space). */
  private static final IpRange GLOBAL_UNICAST = IpRange.parse("2000::/3");

  private static final Block OUTSIDE_GLOBAL_UNICAST_HIGH =
      new Block(
          IpRange.parse("4000::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
          "Reserved by IETF (outside global unicast 2000::/3)",
          "RFC 4291",
          false);

  private static final Block OUTSIDE_GLOBAL_UNICAST_LOW =
      new Block(
          IpRange.parse("::-1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
          "Reserved by IETF (outside global unicast 2000::/3)",
          "RFC 4291",
          false);

  private SpecialPurposeAddresses() {}

  private static Block block(String cidr, String name, String source, boolean reachable) {
    return new Block(IpRange.parse(cidr), name, source, reachable);
  }

  /**
   * The most specific block that holds {@code address} and is not globally reachable; empty for a
   * public address.
   */
  public static Optional<Block> blockOf(IpAddress address) {
    requireNonNull(address, "address");
    return blockOf(IpRange.single(address));
  }

  /**
   * A block, not globally reachable, that holds addresses of {@code range}: the most specific entry
   * holding the whole range when that is not reachable, else the first unreachable entry inside it;
   * empty when every address of the range is public.
   */
  public static Optional<Block> blockOf(IpRange range) {
    requireNonNull(range, "range");
    Block holder = null;
    for (Block b : BLOCKS) {
      if (b.block().contains(range) && (holder == null || holder.block().contains(b.block()))) {
        holder = b;
      }
    }
    if (holder != null) {
      return holder.reachable() ? Optional.empty() : Optional.of(holder);
    }
    for (Block b : BLOCKS) {
      if (!b.reachable() && range.overlaps(b.block())) {
        return Optional.of(b);
      }
    }
    if (!range.isIpv4() && !GLOBAL_UNICAST.contains(range)) {
      return Optional.of(
          range.overlaps(OUTSIDE_GLOBAL_UNICAST_LOW.block())
              ? OUTSIDE_GLOBAL_UNICAST_LOW
              : OUTSIDE_GLOBAL_UNICAST_HIGH);
    }
    return Optional.empty();
  }

  /** Whether {@code address} is reachable from the internet. */
  public static boolean isPublic(IpAddress address) {
    return blockOf(address).isEmpty();
  }
}
