package io.github.coexist.core.rules;

import com.google.common.collect.Maps;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds ranges of different owners that overlap without one containing the other, or that are
 * equal, in O(n log n): a sweep by first address with a segment tree over last addresses, instead
 * of comparing every pair (a server may carry 100,000 ranges).
 *
 * <p>Exchange allows overlapping RemoteIPRanges on one binding only when one range contains the
 * other (the most specific wins); two equal ranges cannot be told apart. Two ranges a, b cross when
 * {@code a.first < b.first <= a.last < b.last}. Sorting by first address, each range b is checked
 * against the ranges already seen (smaller first address) whose last address lies in {@code
 * [b.first, b.last)}; the tree keeps the smallest and largest owner per last address, so "is there
 * one of another owner" is one query.
 */
final class CrossingRanges {
  /** One range of one owner; {@code ref} is the caller's handle (e.g. the range's list index). */
  record Item(IpRange range, int owner, int ref) {}

  /** {@code item} crosses or equals {@code other}, a range of another owner. */
  record Conflict(Item item, Item other) {}

  private CrossingRanges() {}

  /**
   * The conflicts among {@code items}, at most one per item (the item with the larger first address
   * of a crossing pair, or the later of two equal ranges), in input order.
   */
  static List<Conflict> find(List<Item> items) {
    int n = items.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> items.get(i).range().first()));
    TreeSet<IpAddress> distinctLasts = new TreeSet<>();
    for (Item item : items) {
      distinctLasts.add(item.range().last());
    }
    IpAddress[] lasts = distinctLasts.toArray(new IpAddress[0]);
    OwnerTree tree = new OwnerTree(lasts.length);
    Map<List<IpAddress>, Integer> firstWithSameRange = Maps.newHashMapWithExpectedSize(n);
    Conflict[] found = new Conflict[n];
    int start = 0;
    while (start < n) {
      IpAddress first = items.get(order[start]).range().first();
      int end = start;
      while (end < n && items.get(order[end]).range().first().equals(first)) {
        end++;
      }
      // Ranges with the same first address contain one another (or are equal): query the whole
      // group before inserting any of it.
      for (int k = start; k < end; k++) {
        int index = order[k];
        Item item = items.get(index);
        int low = lowerBound(lasts, item.range().first());
        int high = lowerBound(lasts, item.range().last()) - 1;
        int partner = tree.otherOwner(low, high, item.owner());
        List<IpAddress> key = List.of(item.range().first(), item.range().last());
        Integer same = firstWithSameRange.putIfAbsent(key, index);
        if (partner < 0 && same != null && items.get(same).owner() != item.owner()) {
          partner = same;
        }
        if (partner >= 0) {
          found[index] = new Conflict(item, items.get(partner));
        }
      }
      for (int k = start; k < end; k++) {
        int index = order[k];
        tree.insert(lowerBound(lasts, items.get(index).range().last()), items.get(index), index);
      }
      start = end;
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Conflict conflict : found) {
      if (conflict != null) {
        conflicts.add(conflict);
      }
    }
    return conflicts;
  }

  private static int lowerBound(IpAddress[] sorted, IpAddress address) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid].compareTo(address) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * A segment tree over positions (last addresses): each node keeps the smallest and the largest
   * owner inserted below it, with the index of an item of each.
   */
  private static final class OwnerTree {
    private final int size;
    private final int[] minOwner;
    private final int[] minIndex;
    private final int[] maxOwner;
    private final int[] maxIndex;

    OwnerTree(int positions) {
      int s = 1;
      while (s < Math.max(positions, 1)) {
        s <<= 1;
      }
      size = s;
      minOwner = new int[2 * s];
      minIndex = new int[2 * s];
      maxOwner = new int[2 * s];
      maxIndex = new int[2 * s];
      Arrays.fill(minOwner, Integer.MAX_VALUE);
      Arrays.fill(maxOwner, Integer.MIN_VALUE);
    }

    void insert(int position, Item item, int index) {
      int node = position + size;
      while (node >= 1) {
        if (item.owner() < minOwner[node]) {
          minOwner[node] = item.owner();
          minIndex[node] = index;
        }
        if (item.owner() > maxOwner[node]) {
          maxOwner[node] = item.owner();
          maxIndex[node] = index;
        }
        node >>= 1;
      }
    }

    /** The index of an item in positions [low, high] whose owner is not {@code owner}, or -1. */
    int otherOwner(int low, int high, int owner) {
      int min = Integer.MAX_VALUE;
      int minAt = -1;
      int max = Integer.MIN_VALUE;
      int maxAt = -1;
      int left = low + size;
      int right = high + size + 1;
      while (left < right) {
        if ((left & 1) == 1) {
          if (minOwner[left] < min) {
            min = minOwner[left];
            minAt = minIndex[left];
          }
          if (maxOwner[left] > max) {
            max = maxOwner[left];
            maxAt = maxIndex[left];
          }
          left++;
        }
        if ((right & 1) == 1) {
          right--;
          if (minOwner[right] < min) {
            min = minOwner[right];
            minAt = minIndex[right];
          }
          if (maxOwner[right] > max) {
            max = maxOwner[right];
            maxAt = maxIndex[right];
          }
        }
        left >>= 1;
        right >>= 1;
      }
      if (minAt >= 0 && min != owner) {
        return minAt;
      }
      if (maxAt >= 0 && max != owner) {
        return maxAt;
      }
      return -1;
    }
  }
}
