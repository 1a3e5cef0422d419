package io.github.coexist.powershell;

import io.github.coexist.core.CoexistException;
import java.util.Objects;

/**
 * A plan that is valid but cannot be written as a script, with the plan path at fault: {@code
 * receiveConnectors[0].server: a receive connector belongs to one server (E21); name it}. It guards
 * against what validation should already have reported; the message is for people.
 */
public class EmissionException extends CoexistException {
  private static final long serialVersionUID = 1L;
  private final String path;

  /** A refusal of the value at {@code path} (a plan path) for {@code reason}. */
  public EmissionException(String path, String reason) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(reason, "reason"));
    this.path = path;
  }

  /** The plan path at fault, e.g. {@code sendConnectors[0].smartHosts}. */
  public String path() {
    return path;
  }
}
