package io.github.coexist.notesini;

import io.github.coexist.core.CoexistException;
import java.util.Objects;

/**
 * A setting that cannot be written safely: a key with characters Domino keys do not have, a value
 * that would start a new line, one too long for Domino to read, one the target charset cannot hold.
 * The message names the key (and the plan attribute, when the setting comes from a plan):
 *
 * <pre>{@code
 * BTNDR54 (domino.ndrTexts.54): value must not contain a line break (U+000A): it would start a new notes.ini line
 * }</pre>
 */
public final class UnsafeSettingException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String reason;

  /**
   * @param key the notes.ini key, as written (a bad key is escaped in the message); empty for a
   *     value that is not a setting, such as the license path
   * @param source the plan attribute the value comes from, or empty
   * @param reason why it is refused, one line
   */
  public UnsafeSettingException(String key, String source, String reason) {
    super(label(key, source) + ": " + Objects.requireNonNull(reason, "reason"));
    this.key = key;
    this.reason = reason;
  }

  private static String label(String key, String source) {
    if (key.isEmpty() && !source.isEmpty()) {
      return source;
    }
    String shown = Keys.isValid(key) ? key : Escapes.quote(key);
    return source.isEmpty() ? shown : shown + " (" + source + ")";
  }

  /** The key as given. */
  public String key() {
    return key;
  }

  /** Why the setting was refused. */
  public String reason() {
    return reason;
  }
}
