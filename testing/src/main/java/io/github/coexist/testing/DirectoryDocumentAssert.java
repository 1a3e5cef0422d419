package io.github.coexist.testing;

import io.github.coexist.domino.DirectoryDocument;
import io.github.coexist.domino.DirectoryField;
import io.github.coexist.domino.DirectoryItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one Domino Directory document; see {@link DirectoryDocumentsAssert}. */
public final class DirectoryDocumentAssert
    extends AbstractAssert<DirectoryDocumentAssert, DirectoryDocument> {
  DirectoryDocumentAssert(DirectoryDocument actual) {
    super(actual, DirectoryDocumentAssert.class);
  }

  /** Fails unless the field labelled {@code label} shows {@code value}. */
  public DirectoryDocumentAssert withField(String label, String value) {
    Optional<DirectoryField> field =
        actual.fields().stream().filter(f -> f.label().equals(label)).findFirst();
    if (field.isEmpty()) {
      failWithMessage(
          "Expected %s to have the field <%s>, but its fields are %s",
          actual.name(), label, actual.fields().stream().map(DirectoryField::label).toList());
    } else if (!field.get().value().equals(value)) {
      failWithMessage(
          "Expected %s's field <%s> to be <%s>, but it is <%s>",
          actual.name(), label, value, field.get().value());
    }
    return this;
  }

  /** Fails unless a program writes the item {@code name} with exactly {@code values}. */
  public DirectoryDocumentAssert withItem(String name, String... values) {
    List<DirectoryItem> items =
        java.util.stream.Stream.concat(
                actual.formItems().stream(),
                actual.fields().stream().flatMap(f -> f.item().stream()))
            .collect(Collectors.toList());
    Optional<DirectoryItem> item = items.stream().filter(i -> i.name().equals(name)).findFirst();
    if (item.isEmpty()) {
      failWithMessage(
          "Expected %s to write the item <%s>, but it writes %s",
          actual.name(), name, items.stream().map(DirectoryItem::name).toList());
    } else if (!item.get().values().equals(List.of(values))) {
      failWithMessage(
          "Expected %s's item <%s> to be %s, but it is %s",
          actual.name(), name, List.of(values), item.get().values());
    }
    return this;
  }

  /** Fails unless a program can write the document (One-Touch Setup JSON). */
  public DirectoryDocumentAssert isWritable() {
    if (!actual.writable()) {
      failWithMessage(
          "Expected %s to be writable, but only the runbook describes it", actual.name());
    }
    return this;
  }

  /** Fails unless only the runbook describes the document (an item is unpublished). */
  public DirectoryDocumentAssert isManualOnly() {
    if (actual.writable()) {
      failWithMessage("Expected %s to be manual only, but it is writable", actual.name());
    }
    return this;
  }
}
