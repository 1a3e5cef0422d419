package io.github.coexist.runbook;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.Diagnostic;
import java.io.IOException;
import java.util.Objects;

/**
 * The administrator's runbook for one validated plan, structured before it is rendered: the mail
 * flow, the ordered steps (Exchange side, Domino side, license), the checks to run afterwards, the
 * validation findings and the rollback. {@link RunbookEmitter} makes one; it writes itself as
 * Markdown (CommonMark with GitHub's tables and a Mermaid block; every plan text escaped), LF line
 * ends, its bytes UTF-8 without a byte order mark.
 *
 * <pre>{@code
 * Runbook runbook = RunbookEmitter.standard().emit(validPlan);
 * String markdown = runbook.text();
 * }</pre>
 *
 * @param title the document title (plain text)
 * @param environment Exchange Online or Exchange Server
 * @param summary facts shown under the title, as label and value pairs (plain text)
 * @param mailFlow the diagram
 * @param steps what to do, in order
 * @param checks what to run afterwards to see that it works
 * @param findings the validation findings the plan passed with (warnings and infos)
 * @param notes further remarks of the emitters (e.g. the notes.ini emission's findings)
 * @param rollback how to undo the steps, in order
 */
public record Runbook(
    String title,
    Environment environment,
    ImmutableList<Fact> summary,
    MailFlow mailFlow,
    ImmutableList<RunbookStep> steps,
    ImmutableList<RunbookStep> checks,
    ImmutableList<Diagnostic> findings,
    ImmutableList<String> notes,
    ImmutableList<RunbookStep> rollback)
    implements Artifact {

  /** Checks that nothing is null. */
  public Runbook {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(mailFlow, "mailFlow");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(rollback, "rollback");
  }

  /** The Markdown. */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out").append(RunbookRenderer.render(this));
  }

  /** {@link #text()}: the Markdown. */
  @Override
  public String toString() {
    return text();
  }

  /**
   * One line of the summary table.
   *
   * @param label e.g. {@code Primary domain}
   * @param value e.g. {@code contoso.com}
   */
  public record Fact(String label, String value) {
    /** Every reference component is required. */
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }
}
