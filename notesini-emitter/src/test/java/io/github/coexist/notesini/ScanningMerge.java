package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.domino.BtcalParameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The obvious merge, for tests to compare the indexed one with: the algorithm coexist used before
 * the document got its key index (a scan of every line per key, a list of {@link IniLine}s, {@code
 * String} keys), kept verbatim in behaviour. Slow on purpose, simple on purpose.
 */
final class ScanningMerge {
  final List<IniLine> lines = new ArrayList<>();
  final List<IniChange> changes = new ArrayList<>();
  final List<IniFinding> findings = new ArrayList<>();

  private final List<IniLine> original;
  private final List<IniLine> appended = new ArrayList<>();
  private final LineBreak style;

  private ScanningMerge(List<IniLine> original, LineBreak style) {
    this.original = original;
    this.lines.addAll(original);
    this.style = style;
  }

  /** Merges {@code settings} into the lines of {@code document}, the old way. */
  static ScanningMerge of(NotesIniDocument document, NotesIniChanges settings) {
    ScanningMerge merge =
        new ScanningMerge(
            document.lines(), document.lineBreakStyle().orElse(settings.format().lineBreak()));
    merge.run(settings);
    return merge;
  }

  /** The first line with {@code key}, by a scan. */
  static OptionalInt indexOf(List<IniLine> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).hasKey(key)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The duplicate-key findings, with a map of lower-cased String keys. */
  static List<IniFinding> duplicates(List<IniLine> lines) {
    List<IniFinding> found = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> key = lines.get(i).key();
      if (key.isEmpty()) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(Ascii.toLowerCase(key.get()), i + 1);
      if (first != null) {
        found.add(
            IniFinding.atLine(
                IniFinding.Kind.DUPLICATE_KEY,
                i + 1,
                "duplicate key "
                    + Escapes.quoteBytes(key.get().getBytes(StandardCharsets.ISO_8859_1))
                    + " (first at line "
                    + first
                    + ", which is the one read and updated)"));
      }
    }
    return found;
  }

  /** The merged file's bytes. */
  byte[] bytes() {
    return NotesIniDocument.of(lines).toBytes();
  }

  private void run(NotesIniChanges settings) {
    terminateLastLine();
    for (int i = 0; i < settings.settings().size(); i++) {
      set(settings.settings().get(i).key(), settings.encodedValue(i));
    }
    boolean serverTasksFound = addTask();
    lines.addAll(appended);
    findings.addAll(duplicates(original));
    findings.addAll(spacedKeys(settings));
    if (!serverTasksFound) {
      findings.add(
          IniFinding.of(
              IniFinding.Kind.NO_SERVER_TASKS,
              "no ServerTasks line, so BTCal was not added to the tasks started with the server;"
                  + " add it there once the server's setup has written the line, or load BTCal"
                  + " from the console"));
    }
    for (BtcalParameter required : BtcalParameter.required()) {
      if (indexOf(lines, required.key()).isEmpty()) {
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
    for (IniFinding finding : settings.findings()) {
      if (finding.kind() != IniFinding.Kind.REQUIRED_MISSING) {
        findings.add(finding);
      }
    }
  }

  private void set(String key, byte[] value) {
    OptionalInt index = indexOf(original, key);
    if (index.isEmpty()) {
      appended.add(IniLine.entry(key, value, style));
      changes.add(
          new IniChange(IniChange.Action.ADD, key, original.size() + appended.size(), null, value));
      return;
    }
    int at = index.getAsInt();
    IniLine line = lines.get(at);
    byte[] old = line.value().orElseThrow();
    String spelled = line.key().orElseThrow();
    if (Arrays.equals(old, value)) {
      changes.add(new IniChange(IniChange.Action.KEEP, spelled, at + 1, old, value));
    } else {
      lines.set(at, line.withValue(value));
      changes.add(new IniChange(IniChange.Action.UPDATE, spelled, at + 1, old, value));
    }
  }

  private boolean addTask() {
    OptionalInt index = indexOf(original, ServerTasks.KEY);
    if (index.isEmpty()) {
      return false;
    }
    int at = index.getAsInt();
    IniLine line = lines.get(at);
    byte[] old = line.value().orElseThrow();
    String spelled = line.key().orElseThrow();
    Optional<byte[]> updated = ServerTasks.withTask(old, NotesIniChanges.TASK);
    if (updated.isEmpty()) {
      changes.add(new IniChange(IniChange.Action.KEEP, spelled, at + 1, old, old));
      return true;
    }
    NotesIniFormat.checkLength(ServerTasks.KEY, "", updated.get().length);
    lines.set(at, line.withValue(updated.get()));
    changes.add(new IniChange(IniChange.Action.UPDATE, spelled, at + 1, old, updated.get()));
    return true;
  }

  private void terminateLastLine() {
    int last = lines.size() - 1;
    if (last < 0 || lines.get(last).lineBreak() != LineBreak.NONE) {
      return;
    }
    byte[] content = lines.get(last).content();
    if (content.length > 0 && content[content.length - 1] == '\r') {
      lines.set(last, IniLine.parsed(Arrays.copyOf(content, content.length - 1), LineBreak.CRLF));
    } else {
      lines.set(last, lines.get(last).withLineBreak(style));
    }
  }

  private List<IniFinding> spacedKeys(NotesIniChanges settings) {
    List<String> managed = new ArrayList<>();
    settings.settings().forEach(s -> managed.add(s.key()));
    managed.add(ServerTasks.KEY);
    List<IniFinding> found = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      Optional<String> key = original.get(i).key();
      if (key.isEmpty()) {
        continue;
      }
      String stripped = key.get().strip();
      if (stripped.equals(key.get())) {
        continue;
      }
      for (String wanted : managed) {
        if (Ascii.equalsIgnoreCase(stripped, wanted)) {
          found.add(
              IniFinding.atLine(
                  IniFinding.Kind.KEY_WITH_SPACES,
                  i + 1,
                  "key "
                      + Escapes.quoteBytes(key.get().getBytes(StandardCharsets.ISO_8859_1))
                      + " has spaces around it and was not treated as "
                      + wanted
                      + "; check which of the two Domino reads"));
        }
      }
    }
    return ImmutableList.copyOf(found);
  }
}
