package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

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
 * <p>The document keeps the file as one byte array and the offsets of its lines: parsing copies the
 * file once, looking a key up is a hash-table hit ({@link KeyIndex}), and a merge copies the
 * unchanged stretches of the file in bulk. The {@link IniLine} objects of {@link #lines()} are made
 * only when asked for (docs/performance.md, comparison 3).
 *
 * <pre>{@code
 * NotesIniDocument ini = NotesIniDocument.parse(Files.readAllBytes(path));
 * Optional<IniLine> tasks = ini.first("ServerTasks");
 * byte[] same = ini.toBytes();   // equal to the bytes read
 * }</pre>
 */
public final class NotesIniDocument {
  private static final NotesIniDocument EMPTY =
      new NotesIniDocument(new byte[0], new int[0], new int[0], new int[0]);

  /** The file. Never changed, never handed out. */
  private final byte[] bytes;

  /**
   * Line {@code i} is {@code bytes[starts[i]..ends[i])} followed by its line break, which runs to
   * the start of the next line (or the end of the file): 0, 1 or 2 bytes, NONE, LF or CRLF.
   */
  private final int[] starts;

  private final int[] ends;

  /** Where the key of line {@code i} ends (its first {@code =}), or -1 when it is no entry. */
  private final int[] keyEnds;

  /** Made on first use; computing it twice in a race gives equal values. */
  private volatile ImmutableList<IniLine> lines;

  private volatile KeyIndex index;

  private NotesIniDocument(byte[] bytes, int[] starts, int[] ends, int[] keyEnds) {
    this.bytes = bytes;
    this.starts = starts;
    this.ends = ends;
    this.keyEnds = keyEnds;
  }

  /** A document of {@code lines}; every line but the last must end with a line break. */
  public static NotesIniDocument of(List<IniLine> lines) {
    Objects.requireNonNull(lines, "lines");
    ImmutableList<IniLine> copy = ImmutableList.copyOf(lines);
    int size = 0;
    for (int i = 0; i < copy.size(); i++) {
      if (i < copy.size() - 1 && copy.get(i).lineBreak() == LineBreak.NONE) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " has no line break but is not last");
      }
      size += copy.get(i).length();
    }
    byte[] bytes = new byte[size];
    Offsets offsets = new Offsets(copy.size());
    int at = 0;
    for (int i = 0; i < copy.size(); i++) {
      at = put(copy.get(i), i, bytes, at, offsets);
    }
    NotesIniDocument document =
        new NotesIniDocument(bytes, offsets.starts, offsets.ends, offsets.keyEnds);
    document.lines = copy;
    return document;
  }

  /** The empty file. */
  public static NotesIniDocument empty() {
    return EMPTY;
  }

  /**
   * Splits {@code bytes} into lines at each LF (with the CR before it, if any). Never fails. The
   * keys are indexed on the way, in the same pass over the bytes.
   */
  public static NotesIniDocument parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    byte[] file = bytes.clone();
    // Guesses of the line and key counts (notes.ini lines are short); grown when wrong.
    int capacity = file.length / 24 + 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] keyEnds = new int[capacity];
    KeyIndex.Builder keys = new KeyIndex.Builder(file, file.length / 32);
    int count = 0;
    int start = 0;
    while (start < file.length) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        keyEnds = Arrays.copyOf(keyEnds, count * 2);
      }
      // One scan finds the line's first "=" or its end, whichever comes first.
      int stop = ByteScan.indexOfEither(file, (byte) '=', (byte) '\n', start, file.length);
      int keyEnd = -1;
      if (stop >= 0 && file[stop] == '=') {
        // An entry as IniLine.keyEnd has it: a key of at least one byte, no comment or section.
        keyEnd = stop > start && file[start] != ';' && file[start] != '[' ? stop : -1;
        stop = ByteScan.indexOf(file, (byte) '\n', stop + 1, file.length);
      }
      int lineEnd = stop < 0 ? file.length : stop;
      starts[count] = start;
      ends[count] = stop > start && file[stop - 1] == '\r' ? stop - 1 : lineEnd;
      keyEnds[count] = keyEnd;
      keys.add(count, starts, keyEnds);
      count++;
      start = lineEnd + 1;
    }
    starts = Arrays.copyOf(starts, count);
    ends = Arrays.copyOf(ends, count);
    keyEnds = Arrays.copyOf(keyEnds, count);
    NotesIniDocument document = new NotesIniDocument(file, starts, ends, keyEnds);
    document.index = keys.build(starts, keyEnds);
    return document;
  }

  /**
   * Refuses a file the merge cannot change without losing or garbling bytes: a UTF-16 byte order
   * mark, a NUL byte beside a line feed (UTF-16 or UTF-32 text), or a CR that ends no line (neither
   * followed by LF nor the file's last byte, which the merge completes to CRLF). Domino reads a
   * lone CR as part of the line ({@link LineBreak}), so what a person sees as the next line would
   * be part of a value the merge replaces.
   *
   * @throws UnmergeableFileException naming the line and the byte
   */
  void requireMergeable() {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new UnmergeableFileException(
          1,
          "the file starts with a UTF-16 byte order mark ("
              + String.format(Locale.ROOT, "%02X %02X", bytes[0] & 0xFF, bytes[1] & 0xFF)
              + "); Domino reads notes.ini as single-byte text: save it in the server's code"
              + " page (ANSI) first");
    }
    // UTF-16 and UTF-32 text has a NUL beside each LF; a NUL elsewhere is an odd byte, kept.
    for (int lf = ByteScan.indexOf(bytes, (byte) '\n', 0, bytes.length);
        lf >= 0;
        lf = ByteScan.indexOf(bytes, (byte) '\n', lf + 1, bytes.length)) {
      if ((lf > 0 && bytes[lf - 1] == 0) || (lf + 1 < bytes.length && bytes[lf + 1] == 0)) {
        throw new UnmergeableFileException(
            lineAt(lf) + 1,
            "NUL byte (0x00) beside the line feed: the file is UTF-16 or UTF-32 text, not a"
                + " notes.ini Domino reads; save it as single-byte text (ANSI) first");
      }
    }
    for (int cr = ByteScan.indexOf(bytes, (byte) '\r', 0, bytes.length);
        cr >= 0;
        cr = ByteScan.indexOf(bytes, (byte) '\r', cr + 1, bytes.length)) {
      if (cr + 1 < bytes.length && bytes[cr + 1] != '\n') {
        int line = lineAt(cr);
        throw new UnmergeableFileException(
            line + 1,
            "carriage return (0x0D) at column "
                + (cr - starts[line] + 1)
                + " ends no line: Domino reads it as part of the line, a text editor as a line"
                + " end; convert the file to CRLF or LF line ends first");
      }
    }
  }

  /** The 0-based line that byte {@code offset} belongs to. */
  private int lineAt(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** The lines, in file order. */
  public ImmutableList<IniLine> lines() {
    ImmutableList<IniLine> made = lines;
    if (made == null) {
      ImmutableList.Builder<IniLine> builder = ImmutableList.builderWithExpectedSize(lineCount());
      for (int i = 0; i < lineCount(); i++) {
        builder.add(line(i));
      }
      made = builder.build();
      lines = made;
    }
    return made;
  }

  /** How many lines the file has. */
  int lineCount() {
    return starts.length;
  }

  /** Line {@code i} (0-based), made from the bytes. */
  IniLine line(int i) {
    return IniLine.parsed(Arrays.copyOfRange(bytes, starts[i], ends[i]), lineBreak(i));
  }

  private LineBreak lineBreak(int i) {
    int next = i + 1 < lineCount() ? starts[i + 1] : bytes.length;
    return switch (next - ends[i]) {
      case 0 -> LineBreak.NONE;
      case 1 -> LineBreak.LF;
      default -> LineBreak.CRLF;
    };
  }

  /** The file's bytes: the lines' content and line breaks, concatenated. */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /** Writes {@link #toBytes()} to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(toBytes());
  }

  /** The 0-based index of the first entry with {@code key} (ASCII case ignored). */
  public OptionalInt indexOf(String key) {
    Objects.requireNonNull(key, "key");
    int line = index().firstLine(key);
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The first entry with {@code key} (ASCII case ignored), the one Domino reads. */
  public Optional<IniLine> first(String key) {
    OptionalInt index = indexOf(key);
    return index.isPresent() ? Optional.of(line(index.getAsInt())) : Optional.empty();
  }

  private KeyIndex index() {
    KeyIndex made = index;
    if (made == null) {
      made = KeyIndex.of(bytes, starts, keyEnds);
      index = made;
    }
    return made;
  }

  /**
   * The lines (0-based) whose key has whitespace at either end, such as {@code "BTEXCHANGEDB =x"}.
   */
  ImmutableIntArray linesWithPaddedKeys() {
    return index().paddedKeys();
  }

  /**
   * The line break the file uses most (ties go to the one that comes first), or empty when no line
   * has one. New lines are written in this style.
   */
  public Optional<LineBreak> lineBreakStyle() {
    int crlf = 0;
    int lf = 0;
    LineBreak firstSeen = null;
    for (int i = 0; i < lineCount(); i++) {
      LineBreak lineBreak = lineBreak(i);
      if (lineBreak == LineBreak.CRLF) {
        crlf++;
      } else if (lineBreak == LineBreak.LF) {
        lf++;
      } else {
        continue;
      }
      if (firstSeen == null) {
        firstSeen = lineBreak;
      }
    }
    if (firstSeen == null) {
      return Optional.empty();
    }
    return Optional.of(crlf > lf ? LineBreak.CRLF : lf > crlf ? LineBreak.LF : firstSeen);
  }

  /** Whether the file is empty or its last line ends with a line break (the guide requires it). */
  public boolean endsWithLineBreak() {
    return lineCount() == 0 || lineBreak(lineCount() - 1) != LineBreak.NONE;
  }

  /** One {@link IniFinding.Kind#DUPLICATE_KEY} warning per repeated key, in line order. */
  public ImmutableList<IniFinding> findings() {
    ImmutableList.Builder<IniFinding> findings = ImmutableList.builder();
    ImmutableIntArray duplicates = index().duplicates();
    for (int i = 0; i < duplicates.length(); i += 2) {
      int line = duplicates.get(i);
      int first = duplicates.get(i + 1);
      byte[] key = Arrays.copyOfRange(bytes, starts[line], keyEnds[line]);
      findings.add(
          IniFinding.atLine(
              IniFinding.Kind.DUPLICATE_KEY,
              line + 1,
              "duplicate key "
                  + Escapes.quoteBytes(key)
                  + " (first at line "
                  + (first + 1)
                  + ", which is the one read and updated)"));
    }
    return findings.build();
  }

  /**
   * This document with some lines replaced and lines appended, made by copying the unchanged
   * stretches of the file in bulk: the merged document.
   *
   * @param replaced new lines by 0-based line number, each below {@link #lineCount()}
   * @param appended lines to add after the last
   * @throws IllegalArgumentException when a line other than the last would have no line break
   */
  NotesIniDocument replacing(SortedMap<Integer, IniLine> replaced, List<IniLine> appended) {
    Offsets offsets = new Offsets(lineCount() + appended.size());
    byte[] out = write(replaced, appended, offsets);
    return new NotesIniDocument(out, offsets.starts, offsets.ends, offsets.keyEnds);
  }

  /**
   * The bytes of {@link #replacing replacing(replaced, appended)}, without making the document: the
   * merged file as it is written, one copy of the file.
   */
  byte[] render(SortedMap<Integer, IniLine> replaced, List<IniLine> appended) {
    return write(replaced, appended, null);
  }

  /**
   * Writes the edited file into a new array; also fills the offsets of its lines when {@code
   * offsets} is given (a rendering alone needs none).
   */
  private byte[] write(
      SortedMap<Integer, IniLine> replaced, List<IniLine> appended, Offsets offsets) {
    int count = lineCount() + appended.size();
    int size = bytes.length;
    for (Map.Entry<Integer, IniLine> entry : replaced.entrySet()) {
      size += entry.getValue().length() - lengthOf(entry.getKey());
    }
    for (IniLine line : appended) {
      size += line.length();
    }
    byte[] out = new byte[size];
    int from = 0;
    int at = 0;
    for (Map.Entry<Integer, IniLine> entry : replaced.entrySet()) {
      int line = entry.getKey();
      at = copyLines(from, line, out, at, offsets);
      at = put(checkBreak(entry.getValue(), line, count), line, out, at, offsets);
      from = line + 1;
    }
    at = copyLines(from, lineCount(), out, at, offsets);
    for (int i = 0; i < appended.size(); i++) {
      int line = lineCount() + i;
      at = put(checkBreak(appended.get(i), line, count), line, out, at, offsets);
    }
    return out;
  }

  /** How many bytes line {@code i} takes, line break included. */
  private int lengthOf(int i) {
    return (i + 1 < lineCount() ? starts[i + 1] : bytes.length) - starts[i];
  }

  /**
   * Copies lines {@code [from, to)} in one piece to {@code out[at..]}, and their offsets when asked
   * for; returns where they end.
   */
  private int copyLines(int from, int to, byte[] out, int at, Offsets offsets) {
    if (from == to) {
      return at;
    }
    int begin = starts[from];
    int end = to < lineCount() ? starts[to] : bytes.length;
    System.arraycopy(bytes, begin, out, at, end - begin);
    if (offsets != null) {
      int shift = at - begin;
      for (int i = from; i < to; i++) {
        offsets.starts[i] = starts[i] + shift;
        offsets.ends[i] = ends[i] + shift;
        offsets.keyEnds[i] = keyEnds[i] < 0 ? -1 : keyEnds[i] + shift;
      }
    }
    return at + end - begin;
  }

  private static IniLine checkBreak(IniLine line, int index, int count) {
    if (line.lineBreak() == LineBreak.NONE && index < count - 1) {
      throw new IllegalArgumentException(
          "line " + (index + 1) + " has no line break but is not last");
    }
    return line;
  }

  /** Writes {@code line} as line {@code index} at {@code out[at..]}; returns where it ends. */
  private static int put(IniLine line, int index, byte[] out, int at, Offsets offsets) {
    if (offsets != null) {
      offsets.starts[index] = at;
      offsets.ends[index] = at + line.contentLength();
      offsets.keyEnds[index] = line.separator() < 0 ? -1 : at + line.separator();
    }
    line.copyInto(out, at);
    return at + line.length();
  }

  /**
   * The offsets of the lines of a document being written, as the fields of a document hold them.
   */
  private static final class Offsets {
    final int[] starts;
    final int[] ends;
    final int[] keyEnds;

    Offsets(int lineCount) {
      starts = new int[lineCount];
      ends = new int[lineCount];
      keyEnds = new int[lineCount];
    }
  }

  /** Equal when the lines are: the same bytes split into the same lines. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof NotesIniDocument that)) {
      return false;
    }

    return Arrays.equals(that.bytes, bytes)
        && Arrays.equals(that.starts, starts)
        && Arrays.equals(that.ends, ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + Arrays.hashCode(starts);
  }

  /** The line count and the line-break style, for debugging. */
  @Override
  public String toString() {
    return "NotesIniDocument["
        + lineCount()
        + " lines, "
        + lineBreakStyle().map(Enum::name).orElse("no line break")
        + "]";
  }
}
