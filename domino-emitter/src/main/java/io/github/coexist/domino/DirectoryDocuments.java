package io.github.coexist.domino;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.util.Objects;

/**
 * What the Domino Directory needs before BTCal starts: the foreign-domain mailbox and the
 * documents, in the order to create them. {@link DominoDirectoryEmitter} makes it; as an {@link
 * Artifact} it writes the {@linkplain #writable() writable} documents as HCL One-Touch Setup JSON
 * (US-ASCII text, so its UTF-8 bytes have no byte order mark).
 *
 * <pre>{@code
 * DirectoryDocuments docs = DominoDirectoryEmitter.standard().emit(validPlan);
 * String json = docs.text();
 * }</pre>
 *
 * @param mailbox the foreign-domain mailbox to create on each coexistence server
 * @param documents the documents, in the order to create them
 */
public record DirectoryDocuments(
    MailboxDatabase mailbox, ImmutableList<DirectoryDocument> documents) implements Artifact {
  /** Checks that nothing is null. */
  public DirectoryDocuments {
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(documents, "documents");
  }

  /** The documents a program can write (One-Touch Setup JSON). */
  public ImmutableList<DirectoryDocument> writable() {
    return documents.stream()
        .filter(DirectoryDocument::writable)
        .collect(ImmutableList.toImmutableList());
  }

  /** The documents only the runbook describes: an item they need is unpublished. */
  public ImmutableList<DirectoryDocument> manualOnly() {
    return documents.stream().filter(d -> !d.writable()).collect(ImmutableList.toImmutableList());
  }

  /** The documents of one kind, in order. */
  public ImmutableList<DirectoryDocument> ofKind(DocumentKind kind) {
    Objects.requireNonNull(kind, "kind");
    return documents.stream()
        .filter(d -> d.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The writable documents as HCL One-Touch Setup JSON (Domino 12 and later): an {@code
   * appConfiguration} that creates each document in names.nsf with {@code computeWithForm}; every
   * character outside printable ASCII, and {@code " \ < > & '}, written as a JSON escape.
   */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out").append(OneTouchSetupJson.render(this));
  }

  /** {@link #text()}: the One-Touch Setup JSON. */
  @Override
  public String toString() {
    return text();
  }
}
