package io.github.coexist.notesini;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.PlanPathException;
import java.util.Objects;

/**
 * A setting that cannot be written safely: a key with characters Domino keys do not have, a value
 * that would start a new line, one too long for Domino to read, one the target charset cannot hold.
 * The message names the key (and the plan attribute, when the setting comes from a plan):
 *
 * <pre>{@code
 * BTNDR54 (domino.ndrTexts.54): value must not contain a line break (U+000A): it would start a new notes.ini line
 * }</pre>
 *
 * <p>{@link #path()} is the plan attribute's path when the setting comes from a plan.
 */
public final class UnsafeSettingException extends EmissionException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the notes.ini key, as written (a bad key is escaped in the message); empty for a
   *     value that is not a setting, such as the license path
   * @param source the plan attribute the value comes from, or empty
   * @param reason why it is refused, one line
   */
  public UnsafeSettingException(String key, String source, String reason) {
    super(
        label(Objects.requireNonNull(key, "key"), Objects.requireNonNull(source, "source")),
        planPath(source),
        Objects.requireNonNull(reason, "reason"));
    this.key = key;
  }

  /** The plan path of {@code source}, or null when it is empty or not a plan path. */
  private static PlanPath planPath(String source) {
    if (source.isEmpty()) {
      return null;
    }
    try {
      return PlanPath.parse(source);
    } catch (PlanPathException e) {
      return null;
    }
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
}
