package io.github.coexist.core.rules;

import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A sorted set of addresses (the coexistence servers) that answers range questions by binary
 * search, so a rule checks n ranges against m servers in O((n + m) log m), never n * m.
 */
final class AddressSet {
  private final List<IpAddress> sorted;

  private AddressSet(List<IpAddress> sorted) {
    this.sorted = sorted;
  }

  static AddressSet of(Collection<IpAddress> addresses) {
    return new AddressSet(List.copyOf(new TreeSet<>(addresses)));
  }

  boolean isEmpty() {
    return sorted.isEmpty();
  }

  boolean contains(IpAddress address) {
    int at = lowerBound(address);
    return at < sorted.size() && sorted.get(at).equals(address);
  }

  /** How many of the addresses lie in {@code range}. */
  int countIn(IpRange range) {
    // IPv4 addresses order before IPv6 ones and both ends of a range have one version, so the
    // slice [first, last] never mixes versions.
    return upperBound(range.last()) - lowerBound(range.first());
  }

  /** How many addresses of {@code range} are not in this set. */
  BigInteger countOutside(IpRange range) {
    return range.size().subtract(BigInteger.valueOf(countIn(range)));
  }

  /** The addresses not covered by any of {@code ranges}, in address order. */
  List<IpAddress> notCoveredBy(Collection<IpRange> ranges) {
    RangeUnion union = RangeUnion.of(ranges);
    List<IpAddress> missing = new ArrayList<>();
    for (IpAddress address : sorted) {
      if (!union.contains(address)) {
        missing.add(address);
      }
    }
    return missing;
  }

  /** The first index whose address is not below {@code address}. */
  private int lowerBound(IpAddress address) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).compareTo(address) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The first index whose address is above {@code address}. */
  private int upperBound(IpAddress address) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).compareTo(address) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
