package io.github.coexist.domino;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One Domino Directory (names.nsf) document: where the administrator creates it, the items that
 * identify its form, its fields in form order, and how to check it.
 *
 * @param kind what the document is
 * @param name what tells it apart from others of its kind, e.g. {@code Exchange via COEX01/ACME}
 * @param where the Domino Administrator view and button that create it
 * @param formItems the items that make the document this kind (Form, Type and a verified type
 *     keyword); written by programs, chosen by the form in the Domino Administrator
 * @param fields the fields to fill, in form order
 * @param checks console commands (one per element) that show the document is in effect
 * @param test the test message that proves it, in one sentence
 */
public record DirectoryDocument(
    DocumentKind kind,
    String name,
    String where,
    ImmutableList<DirectoryItem> formItems,
    ImmutableList<DirectoryField> fields,
    ImmutableList<String> checks,
    String test) {
  /** Checks that nothing is null. */
  public DirectoryDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(formItems, "formItems");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(test, "test");
  }

  /**
   * Whether a program can write the document: its form is identified by published items, and every
   * field but a keyword the form supplies (the domain type) has a published item. Such a document
   * may still have {@link #manualFields()} to confirm by hand.
   */
  public boolean writable() {
    return !formItems.isEmpty()
        && fields.stream().allMatch(f -> !f.manual() || f.label().equals(TYPE_LABEL));
  }

  /** The fields set or confirmed by hand. */
  public ImmutableList<DirectoryField> manualFields() {
    return fields.stream().filter(DirectoryField::manual).collect(ImmutableList.toImmutableList());
  }

  /** The label of the domain or connection type keyword, the one field a form may supply. */
  static final String TYPE_LABEL = "Domain type";
}
