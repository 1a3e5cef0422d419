package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A notes.ini file as a list of {@link IniLine lines} of bytes. Any byte array parses, and {@link
 * #toBytes()} gives back exactly the bytes parsed: no charset is assumed, nothing is trimmed,
 * normalised or dropped (comments, lines without {@code =}, CR inside a line, NUL, bytes that are
 * valid in no charset, a missing final line break all survive).
 *
 * <p>Keys match ignoring ASCII case; the first {@code =} of a line separates key and value. When a
 * key occurs more than once, both lines are kept, {@link #findings()} reports the later ones, and
 * {@link #indexOf(String)} names the first, the one Domino reads and {@code set config} updates
 * (practitioner knowledge; no documentation states it).
 *
 * <pre>{@code
 * NotesIniDocument ini = NotesIniDocument.parse(Files.readAllBytes(path));
 * Optional<IniLine> tasks = ini.first("ServerTasks");
 * byte[] same = ini.toBytes();   // equal to the bytes read
 * }</pre>
 */
public final class NotesIniDocument {
  private final ImmutableList<IniLine> lines;

  private NotesIniDocument(ImmutableList<IniLine> lines) {
    this.lines = lines;
  }

  /** A document of {@code lines}; every line but the last must end with a line break. */
  public static NotesIniDocument of(List<IniLine> lines) {
    ImmutableList<IniLine> copy = ImmutableList.copyOf(lines);
    for (int i = 0; i < copy.size() - 1; i++) {
      if (copy.get(i).lineBreak() == LineBreak.NONE) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " has no line break but is not last");
      }
    }
    return new NotesIniDocument(copy);
  }

  /** The empty file. */
  public static NotesIniDocument empty() {
    return new NotesIniDocument(ImmutableList.of());
  }

  /** Splits {@code bytes} into lines at each LF (with the CR before it, if any). Never fails. */
  public static NotesIniDocument parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    ImmutableList.Builder<IniLine> lines = ImmutableList.builder();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        boolean crlf = i > start && bytes[i - 1] == '\r';
        int end = crlf ? i - 1 : i;
        lines.add(
            IniLine.parsed(
                java.util.Arrays.copyOfRange(bytes, start, end),
                crlf ? LineBreak.CRLF : LineBreak.LF));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(
          IniLine.parsed(java.util.Arrays.copyOfRange(bytes, start, bytes.length), LineBreak.NONE));
    }
    return new NotesIniDocument(lines.build());
  }

  /** The lines, in file order. */
  public ImmutableList<IniLine> lines() {
    return lines;
  }

  /** The file's bytes: the lines' content and line breaks, concatenated. */
  public byte[] toBytes() {
    int size = 0;
    for (IniLine line : lines) {
      size += line.length();
    }
    byte[] out = new byte[size];
    int offset = 0;
    for (IniLine line : lines) {
      line.copyInto(out, offset);
      offset += line.length();
    }
    return out;
  }

  /** Writes {@link #toBytes()} to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(toBytes());
  }

  /** The 0-based index of the first entry with {@code key} (ASCII case ignored). */
  public OptionalInt indexOf(String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).hasKey(key)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The first entry with {@code key} (ASCII case ignored), the one Domino reads. */
  public Optional<IniLine> first(String key) {
    OptionalInt index = indexOf(key);
    return index.isPresent() ? Optional.of(lines.get(index.getAsInt())) : Optional.empty();
  }

  /**
   * The line break the file uses most (ties go to the one that comes first), or empty when no line
   * has one. New lines are written in this style.
   */
  public Optional<LineBreak> lineBreakStyle() {
    int crlf = 0;
    int lf = 0;
    LineBreak firstSeen = null;
    for (IniLine line : lines) {
      if (line.lineBreak() == LineBreak.CRLF) {
        crlf++;
      } else if (line.lineBreak() == LineBreak.LF) {
        lf++;
      } else {
        continue;
      }
      if (firstSeen == null) {
        firstSeen = line.lineBreak();
      }
    }
    if (firstSeen == null) {
      return Optional.empty();
    }
    return Optional.of(crlf > lf ? LineBreak.CRLF : lf > crlf ? LineBreak.LF : firstSeen);
  }

  /** Whether the file is empty or its last line ends with a line break (the guide requires it). */
  public boolean endsWithLineBreak() {
    return lines.isEmpty() || lines.get(lines.size() - 1).lineBreak() != LineBreak.NONE;
  }

  /** One {@link IniFinding.Kind#DUPLICATE_KEY} warning per repeated key, in line order. */
  public ImmutableList<IniFinding> findings() {
    ImmutableList.Builder<IniFinding> findings = ImmutableList.builder();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> key = lines.get(i).key();
      if (key.isEmpty()) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(Ascii.toLowerCase(key.get()), i + 1);
      if (first != null) {
        findings.add(
            IniFinding.atLine(
                IniFinding.Kind.DUPLICATE_KEY,
                i + 1,
                "duplicate key "
                    + Escapes.quoteBytes(
                        key.get().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    + " (first at line "
                    + first
                    + ", which is the one read and updated)"));
      }
    }
    return findings.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NotesIniDocument && ((NotesIniDocument) other).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** The line count and the line-break style, for debugging. */
  @Override
  public String toString() {
    return "NotesIniDocument["
        + lines.size()
        + " lines, "
        + lineBreakStyle().map(Enum::name).orElse("no line break")
        + "]";
  }
}
