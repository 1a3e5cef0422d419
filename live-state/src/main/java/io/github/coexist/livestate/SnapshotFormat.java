package io.github.coexist.livestate;

/**
 * The facts of coexist's snapshot JSON (documented in docs/snapshot-format.md), shared by the
 * snapshot script that writes it and {@link SnapshotJsonReader} that reads it.
 */
public final class SnapshotFormat {
  /** The value of the document's {@code "format"} key. */
  public static final String FORMAT = "coexist-snapshot";

  /** The format version this coexist writes and reads. */
  public static final int VERSION = 1;

  private SnapshotFormat() {}
}
