package io.github.coexist.livestate;

import io.github.coexist.core.model.ObjectKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One object as a reader found it, before the model reads it: its kind, where it starts, and its
 * properties by Exchange's property name in the order read.
 */
final class RawObject {
  private final ObjectKind kind;
  private final String location;
  private final Map<String, LiveValue> properties = new LinkedHashMap<>();
  private final Set<String> lowerCaseNames = new HashSet<>();
  private final ParsedValues names;

  RawObject(ObjectKind kind, String location, ParsedValues names) {
    this.kind = kind;
    this.location = location;
    this.names = names;
  }

  ObjectKind kind() {
    return kind;
  }

  String location() {
    return location;
  }

  Map<String, LiveValue> properties() {
    return properties;
  }

  /**
   * Adds a property.
   *
   * @throws SnapshotFormatException when the object already has it (names compare without case, as
   *     PowerShell's do)
   */
  void put(String name, LiveValue value) {
    if (!lowerCaseNames.add(names.lowerCase(name))) {
      throw new SnapshotFormatException(
          value.location().toString(), "property " + Quote.of(name) + " given twice in one object");
    }
    properties.put(name, value);
  }
}
