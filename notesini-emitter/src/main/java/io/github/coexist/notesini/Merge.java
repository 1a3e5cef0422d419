package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import io.github.coexist.core.domino.BtcalParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The merge of {@link NotesIniChanges} into a document. It only ever replaces the value of a
 * managed key's first occurrence, adds a line break to a last line without one, and appends lines:
 * every other line keeps its bytes and its line number.
 *
 * <p>The few lines it changes are kept aside, by line number, for the {@link MergeResult}, which
 * writes the merged file by copying the untouched stretches of the original in bulk ({@link
 * NotesIniDocument#render}).
 */
final class Merge {
  private final NotesIniDocument original;
  private final NotesIniChanges changes;

  /** The lines changed so far, by 0-based line number; every other line is the original's. */
  private final SortedMap<Integer, IniLine> replaced = new TreeMap<>();

  private final List<IniLine> appended = new ArrayList<>();
  private final ImmutableList.Builder<IniChange> applied = ImmutableList.builder();
  private final LineBreak style;

  private Merge(NotesIniDocument original, NotesIniChanges changes) {
    this.original = original;
    this.changes = changes;
    // New lines follow the file's own style; only a file without any line break takes the format's.
    this.style = original.lineBreakStyle().orElse(changes.format().lineBreak());
  }

  static MergeResult merge(NotesIniDocument original, NotesIniChanges changes) {
    original.requireMergeable();
    return new Merge(original, changes).run();
  }

  private MergeResult run() {
    // First: a last line ending in a lone CR becomes CRLF-terminated, so that a value changed on
    // it does not keep the CR inside ("ServerTasks=Router\r,BTCal").
    Optional<LineBreak> finalBreak = terminateLastLine();
    for (int i = 0; i < changes.settings().size(); i++) {
      set(changes.settings().get(i).key(), changes.encodedValue(i));
    }
    boolean serverTasksFound = addTask();
    return new MergeResult(
        changes.format().charset(),
        original,
        replaced,
        appended,
        applied.build(),
        serverTasksFound,
        finalBreak,
        findings(serverTasksFound));
  }

  /** Line {@code at} as the merge has it so far. */
  private IniLine line(int at) {
    IniLine changed = replaced.get(at);
    return changed != null ? changed : original.line(at);
  }

  private void set(String key, byte[] value) {
    OptionalInt index = original.indexOf(key);
    if (index.isEmpty()) {
      appended.add(IniLine.entry(key, value, style));
      int line = original.lineCount() + appended.size();
      applied.add(new IniChange(IniChange.Action.ADD, key, line, null, value));
      return;
    }
    int at = index.getAsInt();
    IniLine line = line(at);
    byte[] old = line.value().orElseThrow();
    String spelled = line.key().orElseThrow();
    if (Arrays.equals(old, value)) {
      applied.add(new IniChange(IniChange.Action.KEEP, spelled, at + 1, old, value));
    } else {
      replaced.put(at, line.withValue(value));
      applied.add(new IniChange(IniChange.Action.UPDATE, spelled, at + 1, old, value));
    }
  }

  /** Adds BTCal to the first ServerTasks line; false when there is none. */
  private boolean addTask() {
    OptionalInt index = original.indexOf(ServerTasks.KEY);
    if (index.isEmpty()) {
      // Writing "ServerTasks=BTCal" would start only BTCal with the server: no router, no
      // replicator. A server's notes.ini always has the line; without it, leave it to the admin.
      return false;
    }
    int at = index.getAsInt();
    IniLine line = line(at);
    byte[] old = line.value().orElseThrow();
    String spelled = line.key().orElseThrow();
    Optional<byte[]> updated = ServerTasks.withTask(old, NotesIniChanges.TASK);
    if (updated.isEmpty()) {
      applied.add(new IniChange(IniChange.Action.KEEP, spelled, at + 1, old, old));
      return true;
    }
    NotesIniFormat.checkLength(ServerTasks.KEY, "", updated.get().length);
    replaced.put(at, line.withValue(updated.get()));
    applied.add(new IniChange(IniChange.Action.UPDATE, spelled, at + 1, old, updated.get()));
    return true;
  }

  /** The guide (section 4.1) requires the file to end with a line break. */
  private Optional<LineBreak> terminateLastLine() {
    int last = original.lineCount() - 1;
    if (last < 0 || line(last).lineBreak() != LineBreak.NONE) {
      return Optional.empty();
    }
    byte[] content = line(last).content();
    if (content.length > 0 && content[content.length - 1] == '\r') {
      // The CR already there and the LF added read back as one CRLF: model them so.
      replaced.put(
          last, IniLine.parsed(Arrays.copyOf(content, content.length - 1), LineBreak.CRLF));
    } else {
      replaced.put(last, line(last).withLineBreak(style));
    }
    return Optional.of(style);
  }

  private ImmutableList<IniFinding> findings(boolean serverTasksFound) {
    ImmutableList.Builder<IniFinding> findings = ImmutableList.builder();
    findings.addAll(original.findings());
    findings.addAll(spacedKeys());
    if (!serverTasksFound) {
      findings.add(
          IniFinding.of(
              IniFinding.Kind.NO_SERVER_TASKS,
              "no ServerTasks line, so BTCal was not added to the tasks started with the server;"
                  + " add it there once the server's setup has written the line, or load BTCal"
                  + " from the console"));
    }
    for (BtcalParameter required : BtcalParameter.required()) {
      if (!inMergedFile(required.key())) {
        findings.add(
            IniFinding.of(
                IniFinding.Kind.REQUIRED_MISSING,
                required.key()
                    + " is neither in the plan nor in the file: "
                    + required.defaultValue().text()
                    + " ("
                    + required.source()
                    + ")"));
      }
    }
    for (IniFinding finding : changes.findings()) {
      // Required keys were judged on the merged file just above.
      if (finding.kind() != IniFinding.Kind.REQUIRED_MISSING) {
        findings.add(finding);
      }
    }
    return findings.build();
  }

  /**
   * Whether the merged file has {@code key}: the merge keeps every key of the original (it changes
   * values only) and adds the appended ones, so no index of the merged file is needed.
   */
  private boolean inMergedFile(String key) {
    if (original.indexOf(key).isPresent()) {
      return true;
    }
    for (IniLine line : appended) {
      if (line.hasKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** Entries like "BTEXCHANGEDB =x": not the managed key, but easy to mistake for it. */
  private List<IniFinding> spacedKeys() {
    List<String> managed = new ArrayList<>();
    changes.settings().forEach(s -> managed.add(s.key()));
    managed.add(ServerTasks.KEY);
    List<IniFinding> found = new ArrayList<>();
    // The index lists the entries whose key has whitespace at an end: exactly those that strip()
    // changes, so no other line needs a look.
    ImmutableIntArray padded = original.linesWithPaddedKeys();
    for (int p = 0; p < padded.length(); p++) {
      int i = padded.get(p);
      String key = original.line(i).key().orElseThrow();
      String stripped = key.strip();
      for (String wanted : managed) {
        if (Ascii.equalsIgnoreCase(stripped, wanted)) {
          found.add(
              IniFinding.atLine(
                  IniFinding.Kind.KEY_WITH_SPACES,
                  i + 1,
                  "key "
                      + Escapes.quoteBytes(
                          key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                      + " has spaces around it and was not treated as "
                      + wanted
                      + "; check which of the two Domino reads"));
        }
      }
    }
    return found;
  }
}
