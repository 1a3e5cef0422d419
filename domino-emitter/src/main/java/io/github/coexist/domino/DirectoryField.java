package io.github.coexist.domino;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a document as the administrator sees it in the Domino Administrator, and the item a
 * program writes for it where HCL has published that item.
 *
 * @param tab the tab (or section) the field is on, e.g. {@code Mail Information}
 * @param label the field label, e.g. {@code Gateway mail file name}
 * @param value the value to enter, as the form shows it
 * @param item the item behind the field, or empty when its name or keyword value is unpublished
 *     (then the field is set by hand)
 */
public record DirectoryField(String tab, String label, String value, Optional<DirectoryItem> item) {
  /** Checks that nothing is null. */
  public DirectoryField {
    Objects.requireNonNull(tab, "tab");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(item, "item");
  }

  /** A field a program writes through {@code item}. */
  static DirectoryField written(String tab, String label, String value, DirectoryItem item) {
    return new DirectoryField(tab, label, value, Optional.of(item));
  }

  /** A field the administrator sets by hand. */
  static DirectoryField manual(String tab, String label, String value) {
    return new DirectoryField(tab, label, value, Optional.empty());
  }

  /** Whether the field is set by hand. */
  public boolean manual() {
    return item.isEmpty();
  }
}
