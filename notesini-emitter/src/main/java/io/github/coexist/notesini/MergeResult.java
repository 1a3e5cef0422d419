package io.github.coexist.notesini;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A notes.ini after a merge, with what changed and what deserves a look. The original document is
 * untouched (documents are immutable); {@link #writeTo(OutputStream)} writes the file, byte for
 * byte: every byte the merge did not change is the original's, whatever its charset. The text
 * ({@link #writeTo(Appendable)}) is for display: the bytes decoded in the emitter's charset, a byte
 * that charset cannot decode shown as U+FFFD.
 *
 * <p>The result keeps the original and the few lines the merge changed: {@link
 * #writeTo(OutputStream)} writes the merged file in one copy, and the merged {@link #document()} is
 * made only when asked for.
 *
 * <pre>{@code
 * MergeResult merged = changes.mergeInto(NotesIniDocument.parse(Files.readAllBytes(ini)));
 * System.out.print(merged.summary());        // the dry run
 * try (OutputStream out = Files.newOutputStream(target)) {
 *   merged.writeTo(out);                     // the merged file
 * }
 * }</pre>
 */
public final class MergeResult implements Artifact {
  private final Charset charset;
  private final NotesIniDocument original;
  private final ImmutableSortedMap<Integer, IniLine> replaced;
  private final ImmutableList<IniLine> appended;
  private volatile NotesIniDocument document;
  private final ImmutableList<IniChange> changes;
  private final boolean serverTasksFound;
  private final Optional<LineBreak> finalLineBreakAdded;
  private final ImmutableList<IniFinding> findings;

  MergeResult(
      Charset charset,
      NotesIniDocument original,
      SortedMap<Integer, IniLine> replaced,
      List<IniLine> appended,
      ImmutableList<IniChange> changes,
      boolean serverTasksFound,
      Optional<LineBreak> finalLineBreakAdded,
      ImmutableList<IniFinding> findings) {
    this.charset = charset;
    this.original = original;
    this.replaced = ImmutableSortedMap.copyOfSorted(replaced);
    this.appended = ImmutableList.copyOf(appended);
    this.changes = changes;
    this.serverTasksFound = serverTasksFound;
    this.finalLineBreakAdded = finalLineBreakAdded;
    this.findings = findings;
  }

  /** The merged document. */
  public NotesIniDocument document() {
    NotesIniDocument made = document;
    if (made == null) {
      made = original.replacing(replaced, appended);
      document = made;
    }
    return made;
  }

  /** The merged file's bytes, in one copy. */
  @Override
  public byte[] bytes() {
    return original.render(replaced, appended);
  }

  /** The charset the merged values were encoded in (the emitter's format). */
  @Override
  public Charset charset() {
    return charset;
  }

  /** Writes the merged file, byte for byte. */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    java.util.Objects.requireNonNull(out, "out").write(bytes());
    out.flush();
  }

  /**
   * The merged file decoded in {@link #charset()}, for display; a byte the charset cannot decode
   * (the file's own text in another charset) is shown as U+FFFD. Write the file with {@link
   * #writeTo(OutputStream)}.
   */
  @Override
  public void writeTo(Appendable out) throws IOException {
    java.util.Objects.requireNonNull(out, "out");
    out.append(
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes())));
  }

  /** {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }

  /**
   * One entry per key the merge manages, in the order they were applied ({@code ServerTasks} last).
   */
  public ImmutableList<IniChange> changes() {
    return changes;
  }

  /** The line break added to the last line, which had none (the guide requires a final one). */
  public Optional<LineBreak> finalLineBreakAdded() {
    return finalLineBreakAdded;
  }

  /** Whether the merged bytes differ from the original. */
  public boolean changed() {
    return finalLineBreakAdded.isPresent()
        || changes.stream().anyMatch(c -> c.action() != IniChange.Action.KEEP);
  }

  /**
   * Duplicate keys of the file, keys with spaces around them, a missing {@code ServerTasks} line,
   * required keys still missing, and the findings of the emission.
   */
  public ImmutableList<IniFinding> findings() {
    return findings;
  }

  /**
   * What the merge does, one line per key (action, key, line, old value, new value), then the final
   * line break and the counts. Values are shown byte for byte: printable ASCII as it is, other
   * bytes as {@code \xNN}.
   *
   * <pre>
   * add     BTEXCHANGEDOMAIN  line 12  (absent) -&gt; "Exchange"
   * update  ServerTasks       line 3   "Router,Update" -&gt; "Router,Update,BTCal"
   * 1 to add, 1 to update, 0 unchanged
   * </pre>
   */
  public String summary() {
    int keyWidth = ServerTasks.KEY.length();
    int lineWidth = 1;
    for (IniChange change : changes) {
      keyWidth = Math.max(keyWidth, change.key().length());
      lineWidth = Math.max(lineWidth, String.valueOf(change.line()).length());
    }
    StringBuilder out = new StringBuilder();
    int added = 0;
    int updated = 0;
    int kept = 0;
    for (IniChange change : changes) {
      String old = change.oldValue().map(Escapes::quoteBytes).orElse("(absent)");
      String now = Escapes.quoteBytes(change.newValue());
      out.append(Strings.padEnd(change.action().name().toLowerCase(Locale.ROOT), 8, ' '))
          .append(Strings.padEnd(change.key(), keyWidth + 2, ' '))
          .append(Strings.padEnd("line " + change.line(), lineWidth + 7, ' '))
          .append(change.action() == IniChange.Action.KEEP ? old : old + " -> " + now)
          .append('\n');
      switch (change.action()) {
        case ADD -> added++;
        case UPDATE -> updated++;
        case KEEP -> kept++;
      }
    }
    if (!serverTasksFound) {
      out.append(Strings.padEnd("skip", 8, ' '))
          .append(Strings.padEnd(ServerTasks.KEY, keyWidth + 2, ' '))
          .append("no ServerTasks line: BTCal not added\n");
    }
    finalLineBreakAdded.ifPresent(
        lineBreak -> out.append("final line break added (").append(lineBreak).append(")\n"));
    out.append(added)
        .append(" to add, ")
        .append(updated)
        .append(" to update, ")
        .append(kept)
        .append(" unchanged\n");
    return out.toString();
  }
}
