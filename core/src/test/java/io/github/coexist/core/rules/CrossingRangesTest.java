package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.rules.CrossingRanges.Conflict;
import io.github.coexist.core.rules.CrossingRanges.Item;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The O(n log n) sweep agrees with comparing every pair, on random inputs from fixed seeds. */
class CrossingRangesTest {
  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  private static IpAddress v4(long value) {
    return IpAddress.fromBigInteger(BigInteger.valueOf(0x0A000000L + value), true);
  }

  private static IpAddress v6(long value) {
    return IpAddress.fromBigInteger(BigInteger.valueOf(value), false);
  }

  private static boolean crosses(IpRange a, IpRange b) {
    return a.isIpv4() == b.isIpv4()
        && a.first().compareTo(b.first()) < 0
        && b.first().compareTo(a.last()) <= 0
        && a.last().compareTo(b.last()) < 0;
  }

  private static boolean same(IpRange a, IpRange b) {
    return a.first().equals(b.first()) && a.last().equals(b.last());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void agreesWithThePairwiseDefinition(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<Item> items = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        long first = random.nextInt(24);
        long last = first + random.nextInt(8);
        boolean ipv6 = random.nextInt(5) == 0;
        IpRange range =
            ipv6 ? IpRange.range(v6(first), v6(last)) : IpRange.range(v4(first), v4(last));
        items.add(new Item(range, random.nextInt(3), i));
      }
      List<Conflict> conflicts = CrossingRanges.find(items);

      Set<Integer> reported = new HashSet<>();
      for (Conflict c : conflicts) {
        assertThat(reported.add(c.item().ref())).as("one conflict per item").isTrue();
        assertThat(c.item().owner()).isNotEqualTo(c.other().owner());
        assertThat(
                crosses(c.other().range(), c.item().range())
                    || same(c.item().range(), c.other().range()))
            .as(c.toString())
            .isTrue();
      }
      for (Item b : items) {
        for (Item a : items) {
          if (a.owner() != b.owner() && crosses(a.range(), b.range())) {
            assertThat(reported).as("the right-hand range of a crossing pair").contains(b.ref());
          }
          if (a.ref() < b.ref() && a.owner() != b.owner() && same(a.range(), b.range())) {
            boolean oneOfTheGroup =
                items.stream()
                    .filter(x -> same(x.range(), a.range()))
                    .anyMatch(x -> reported.contains(x.ref()));
            assertThat(oneOfTheGroup).as("equal ranges of two owners are reported").isTrue();
          }
        }
      }
    }
  }

  @Test
  void nestedAndDisjointRangesDoNotConflict() {
    List<Item> items =
        List.of(
            new Item(IpRange.parse("10.0.0.0/8"), 0, 0),
            new Item(IpRange.parse("10.1.0.0/16"), 1, 0),
            new Item(IpRange.parse("10.1.1.1"), 2, 0),
            new Item(IpRange.parse("192.168.0.0/16"), 3, 0),
            new Item(IpRange.parse("2001:db8::/32"), 4, 0),
            new Item(IpRange.parse("0.0.0.0-255.255.255.255"), 5, 0));
    assertThat(CrossingRanges.find(items)).isEmpty();
  }

  @Test
  void scalesToAHundredThousandRanges() {
    // 100,000 disjoint /32s of one connector and one crossing pair of two others: a pairwise
    // check would make 5 * 10^9 comparisons; the sweep returns the one conflict.
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      items.add(new Item(IpRange.single(v4(1_000_000L + i)), 0, i));
    }
    items.add(new Item(IpRange.range(v4(10), v4(20)), 1, 0));
    items.add(new Item(IpRange.range(v4(15), v4(25)), 2, 0));
    List<Conflict> conflicts = CrossingRanges.find(items);
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).item().owner()).isEqualTo(2);
    assertThat(conflicts.get(0).other().owner()).isEqualTo(1);
  }
}
