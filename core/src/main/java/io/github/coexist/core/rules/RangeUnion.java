package io.github.coexist.core.rules;

import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The union of IP ranges as sorted, disjoint intervals: built in O(n log n), asked whether it holds
 * an address in O(log n).
 */
final class RangeUnion {
  private final List<IpAddress> firsts;
  private final List<IpAddress> lasts;

  private RangeUnion(List<IpAddress> firsts, List<IpAddress> lasts) {
    this.firsts = firsts;
    this.lasts = lasts;
  }

  static RangeUnion of(Collection<IpRange> ranges) {
    List<IpRange> sorted = new ArrayList<>(ranges);
    sorted.sort(null);
    List<IpAddress> firsts = new ArrayList<>();
    List<IpAddress> lasts = new ArrayList<>();
    for (IpRange range : sorted) {
      int top = lasts.size() - 1;
      // Ranges of one version never overlap ranges of the other: IPv4 orders before IPv6.
      if (top >= 0 && range.first().compareTo(lasts.get(top)) <= 0) {
        if (range.last().compareTo(lasts.get(top)) > 0) {
          lasts.set(top, range.last());
        }
      } else {
        firsts.add(range.first());
        lasts.add(range.last());
      }
    }
    return new RangeUnion(firsts, lasts);
  }

  boolean contains(IpAddress address) {
    int low = 0;
    int high = firsts.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (firsts.get(mid).compareTo(address) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    // low - 1 is the last interval starting at or before the address.
    return low > 0 && address.compareTo(lasts.get(low - 1)) <= 0;
  }
}
