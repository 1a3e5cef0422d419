package io.github.coexist.domino;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One item of a Domino Directory document as a program writes it: its name (verified in HCL's
 * published material, docs/domino-directory.md) and its text values.
 *
 * @param name the item name, e.g. {@code DomainName}
 * @param values one value, or several for a multi-value item
 */
public record DirectoryItem(String name, ImmutableList<String> values) {
  /** Checks that nothing is null and there is a value. */
  public DirectoryItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + ": an item needs a value");
    }
  }

  /** A single-value item. */
  public static DirectoryItem of(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return new DirectoryItem(name, ImmutableList.of(value));
  }

  /** A multi-value item. */
  public static DirectoryItem list(String name, List<String> values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    return new DirectoryItem(name, ImmutableList.copyOf(values));
  }

  /** Whether the item holds a list (written as a JSON array). */
  public boolean multiValued() {
    return values.size() > 1;
  }
}
