package io.github.coexist.livestate;

import io.github.coexist.core.model.ObjectKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One object as a reader found it, before the model reads it: its kind, where it starts, and its
 * properties by Exchange's property name in the order read.
 */
final class RawObject {
  private final ObjectKind kind;
  private final String location;
  // Two lists rather than a map: an object is read once, in order, and a map entry per value was
  // a good part of what a read allocated.
  private final List<String> names = new ArrayList<>();
  private final List<LiveValue> values = new ArrayList<>();
  // Duplicates are looked for by a scan while an object is small (most are), by a set past that.
  private static final int SCAN_LIMIT = 32;
  private final List<String> lowerCaseNames = new ArrayList<>();
  private Set<String> lowerCaseIndex;
  private final ParsedValues lowerCase;

  RawObject(ObjectKind kind, String location, ParsedValues lowerCase) {
    this.kind = kind;
    this.location = location;
    this.lowerCase = lowerCase;
  }

  ObjectKind kind() {
    return kind;
  }

  String location() {
    return location;
  }

  /** How many properties the object has. */
  int size() {
    return names.size();
  }

  /** The name of property {@code i}, in the order read. */
  String name(int i) {
    return names.get(i);
  }

  /** The value of property {@code i}. */
  LiveValue value(int i) {
    return values.get(i);
  }

  /**
   * Adds a property.
   *
   * @throws SnapshotFormatException when the object already has it (names compare without case, as
   *     PowerShell's do)
   */
  void put(String name, LiveValue value) {
    String lower = lowerCase.lowerCase(name);
    if (!isNew(lower)) {
      throw new SnapshotFormatException(
          value.location().toString(), "property " + Quote.of(name) + " given twice in one object");
    }
    lowerCaseNames.add(lower);
    names.add(name);
    values.add(value);
  }

  private boolean isNew(String lower) {
    if (lowerCaseIndex != null) {
      return lowerCaseIndex.add(lower);
    }
    for (String known : lowerCaseNames) {
      if (known.equals(lower)) {
        return false;
      }
    }
    if (lowerCaseNames.size() >= SCAN_LIMIT) {
      lowerCaseIndex = new HashSet<>(lowerCaseNames);
      lowerCaseIndex.add(lower);
    }
    return true;
  }
}
