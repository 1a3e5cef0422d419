package io.github.coexist.testing;

import io.github.coexist.domino.DirectoryDocument;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DocumentKind;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the Domino Directory documents of a plan ({@code DominoDirectoryEmitter}).
 *
 * <pre>{@code
 * assertThat(DominoDirectoryEmitter.standard().emit(valid))
 *     .hasMailbox("btexchange.box")
 *     .hasDocuments(DocumentKind.FOREIGN_DOMAIN, 2)
 *     .hasDocument(DocumentKind.FOREIGN_DOMAIN, "Exchange via COEX01/ACME")
 *     .withItem("MailFile", "btexchange.box")
 *     .withField("Calendar system", "btexchange.box")
 *     .isWritable();
 * }</pre>
 */
public final class DirectoryDocumentsAssert
    extends AbstractAssert<DirectoryDocumentsAssert, DirectoryDocuments> {
  DirectoryDocumentsAssert(DirectoryDocuments actual) {
    super(actual, DirectoryDocumentsAssert.class);
  }

  /** Fails unless there is a document of {@code kind} named {@code name}; then asserts on it. */
  public DirectoryDocumentAssert hasDocument(DocumentKind kind, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    isNotNull();
    for (DirectoryDocument document : actual.ofKind(kind)) {
      if (document.name().equals(name)) {
        return new DirectoryDocumentAssert(document);
      }
    }
    failWithMessage(
        "Expected a %s document named <%s>, but the documents are:%n%s",
        kind.title(), name, listing());
    throw new AssertionError("unreachable");
  }

  /** Fails unless there are exactly {@code count} documents of {@code kind}. */
  public DirectoryDocumentsAssert hasDocuments(DocumentKind kind, int count) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    int found = actual.ofKind(kind).size();
    if (found != count) {
      failWithMessage(
          "Expected %d %s document(s), but found %d:%n%s", count, kind.title(), found, listing());
    }
    return this;
  }

  /** Fails unless BTCal's mailbox has the file name {@code fileName}. */
  public DirectoryDocumentsAssert hasMailbox(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    isNotNull();
    if (!actual.mailbox().fileName().equals(fileName)) {
      failWithMessage(
          "Expected the mailbox <%s>, but it is <%s>", fileName, actual.mailbox().fileName());
    }
    return this;
  }

  private String listing() {
    return actual.documents().stream()
        .map(d -> "  " + d.kind().title() + " " + d.name())
        .collect(Collectors.joining("\n"));
  }
}
