package io.github.coexist.runbook;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One step (or check) of the runbook: what to do, why, and the exact commands or settings.
 *
 * @param side where it is carried out
 * @param title one line, e.g. {@code guide 7.2.4 Create a Send Connector: Outbound to Domino}
 * @param notes paragraphs of plain text (escaped when rendered)
 * @param code the commands or settings, in order
 */
public record RunbookStep(
    Side side, String title, ImmutableList<String> notes, ImmutableList<CodeSample> code) {
  /** Checks that nothing is null. */
  public RunbookStep {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(code, "code");
  }

  /** A step from lists. */
  public static RunbookStep of(Side side, String title, List<String> notes, List<CodeSample> code) {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(code, "code");
    return new RunbookStep(side, title, ImmutableList.copyOf(notes), ImmutableList.copyOf(code));
  }
}
