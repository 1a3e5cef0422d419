package io.github.coexist.powershell;

import java.util.Objects;

/**
 * Where a statement comes from: the plan path ({@code sendConnectors[0]}, {@code connection}, never
 * a file name) or {@code script} for the script's own frame, and the guide step it implements.
 * Rendered as the comment above the statement:
 *
 * <pre>{@code
 * # sendConnectors[0] | guide 7.2.4 Create a Send Connector
 * }</pre>
 *
 * @param source a plan path or {@code script}: ASCII letters, digits, dots and {@code [n]} only, so
 *     the comment can hold no user text
 * @param step the guide step
 */
public record Trace(String source, GuideStep step) {
  /** The frame of the script itself (preamble and clean-up). */
  public static final String SCRIPT = "script";

  /** Refuses a source that is not a plan path. */
  public Trace {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(step, "step");
    if (!AsciiNames.isPlanPath(source)) {
      throw new IllegalArgumentException("not a plan path: " + PsText.quote(source));
    }
  }

  /** A statement of the script's frame. */
  public static Trace script() {
    return new Trace(SCRIPT, GuideStep.SCRIPT_SAFETY);
  }

  /** The comment text (without {@code #}). */
  public String comment() {
    return source + " | " + step.label();
  }
}
