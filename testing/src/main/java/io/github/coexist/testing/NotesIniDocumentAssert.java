package io.github.coexist.testing;

import io.github.coexist.notesini.IniLine;
import io.github.coexist.notesini.NotesIniDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link NotesIniDocument}: on the setting Domino reads for a key, which is its
 * first occurrence (keys match ignoring ASCII case). Values are compared as ISO-8859-1 text, so
 * every byte has one character and nothing is lost to decoding.
 *
 * <pre>{@code
 * assertThat(NotesIniDocument.parse(bytes))
 *     .hasSetting("BTEXCHANGEDB", "btexchange.box")
 *     .hasServerTask("BTCal")
 *     .doesNotHaveSetting("BTZAPPSUPPORT")
 *     .hasNoDuplicateKeys();
 * }</pre>
 */
public final class NotesIniDocumentAssert
    extends AbstractAssert<NotesIniDocumentAssert, NotesIniDocument> {
  NotesIniDocumentAssert(NotesIniDocument actual) {
    super(actual, NotesIniDocumentAssert.class);
  }

  /** Fails unless the first {@code key} line has the value {@code value}. */
  public NotesIniDocumentAssert hasSetting(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    isNotNull();
    Optional<String> found = value(key);
    if (found.isEmpty()) {
      fail("Expected notes.ini to set " + key + "=" + value + ", but it has no " + key + " line;");
    } else if (!found.get().equals(value)) {
      fail(
          "Expected notes.ini to set "
              + key
              + "="
              + value
              + ", but line "
              + (actual.indexOf(key).getAsInt() + 1)
              + " sets "
              + spelled(key)
              + "="
              + found.get()
              + ";");
    }
    return this;
  }

  /** Fails when notes.ini has a {@code key} line. */
  public NotesIniDocumentAssert doesNotHaveSetting(String key) {
    isNotNull();
    Optional<String> found = value(key);
    if (found.isPresent()) {
      fail(
          "Expected notes.ini to have no "
              + key
              + " line, but line "
              + (actual.indexOf(key).getAsInt() + 1)
              + " sets "
              + spelled(key)
              + "="
              + found.get()
              + ";");
    }
    return this;
  }

  /** Fails unless the first ServerTasks line lists {@code task} (ASCII case and spaces ignored). */
  public NotesIniDocumentAssert hasServerTask(String task) {
    Objects.requireNonNull(task, "task");
    isNotNull();
    Optional<String> tasks = value("ServerTasks");
    boolean listed =
        tasks.isPresent()
            && List.of(tasks.get().split(",")).stream()
                .anyMatch(t -> t.strip().equalsIgnoreCase(task));
    if (!listed) {
      fail(
          "Expected ServerTasks to list "
              + task
              + ", but "
              + tasks.map(t -> "it is " + t).orElse("notes.ini has no ServerTasks line")
              + ";");
    }
    return this;
  }

  /** Fails when a key occurs more than once, naming the lines. */
  public NotesIniDocumentAssert hasNoDuplicateKeys() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      List<String> lines = new ArrayList<>();
      actual.findings().forEach(f -> lines.add("  " + f.format("notes.ini")));
      fail("Expected notes.ini without duplicate keys, but:\n" + String.join("\n", lines));
    }
    return this;
  }

  /** The key as the file spells it on its first line. */
  private String spelled(String key) {
    return actual.first(key).flatMap(IniLine::key).orElse(key);
  }

  private Optional<String> value(String key) {
    return actual
        .first(key)
        .flatMap(IniLine::value)
        .map(v -> new String(v, StandardCharsets.ISO_8859_1));
  }

  /** Adds the file's settings to a message that ends with ';', else fails with it as it is. */
  private void fail(String message) {
    failWithMessage(
        "%s",
        message.endsWith(";") ? message.substring(0, message.length() - 1) + settings() : message);
  }

  private String settings() {
    List<String> keys = new ArrayList<>();
    for (IniLine line : actual.lines()) {
      line.key().ifPresent(keys::add);
    }
    return " (its keys: " + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ")";
  }
}
