package io.github.coexist.notesini;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a merge does, or would do, to one key: add it, update its first occurrence, or keep it (the
 * value is already right).
 */
public final class IniChange {
  /** What happens to the key. */
  public enum Action {
    /** The key was missing: a line is appended. */
    ADD,
    /** The first occurrence gets the new value; its key keeps the file's spelling. */
    UPDATE,
    /** The first occurrence already has the value. */
    KEEP
  }

  private final Action action;
  private final String key;
  private final int line;
  private final byte[] oldValue;
  private final byte[] newValue;

  IniChange(Action action, String key, int line, byte[] oldValue, byte[] newValue) {
    this.action = Objects.requireNonNull(action, "action");
    this.key = Objects.requireNonNull(key, "key");
    this.line = line;
    this.oldValue = oldValue == null ? null : oldValue.clone();
    this.newValue = newValue.clone();
  }

  /** What happens. */
  public Action action() {
    return action;
  }

  /** The key, spelled as in the file when it is there, else as coexist writes it. */
  public String key() {
    return key;
  }

  /**
   * The 1-based line of the key in the merged file (same number as in the original for lines that
   * were there).
   */
  public int line() {
    return line;
  }

  /** The value before the merge, empty when the key was missing. */
  public Optional<byte[]> oldValue() {
    return oldValue == null ? Optional.empty() : Optional.of(oldValue.clone());
  }

  /** The value after the merge. */
  public byte[] newValue() {
    return newValue.clone();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IniChange that)) {
      return false;
    }

    return that.action == action
        && that.key.equals(key)
        && that.line == line
        && Arrays.equals(that.oldValue, oldValue)
        && Arrays.equals(that.newValue, newValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, key, line, Arrays.hashCode(oldValue), Arrays.hashCode(newValue));
  }

  /** {@code UPDATE BTEXCHANGEDB line 4: "old.box" -> "btexchange.box"}. */
  @Override
  public String toString() {
    return action
        + " "
        + key
        + " line "
        + line
        + ": "
        + (oldValue == null ? "(absent)" : Escapes.quoteBytes(oldValue))
        + " -> "
        + Escapes.quoteBytes(newValue);
  }
}
