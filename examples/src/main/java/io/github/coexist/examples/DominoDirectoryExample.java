package io.github.coexist.examples;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.domino.DirectoryDocument;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DirectoryField;
import io.github.coexist.domino.DominoDirectoryEmitter;
import java.time.LocalDate;

/**
 * Lists the Domino Directory documents BTCal needs for the sample plan (Tailspin Toys): which ones
 * coexist writes as One-Touch Setup JSON and which fields stay with the administrator, as a
 * migration tool's checklist would.
 */
public final class DominoDirectoryExample {
  private DominoDirectoryExample() {}

  /** Prints the checklist as of today's date in UTC. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now(java.time.Clock.systemUTC())));
  }

  /** The sample plan's documents. */
  public static DirectoryDocuments documents(LocalDate today) {
    CoexistencePlan plan = LoadPlanExample.sample();
    ValidatedPlan valid =
        PlanValidator.standard().validate(plan, ValidationContext.on(today)).requireValid();
    return DominoDirectoryEmitter.standard().emit(valid);
  }

  /** One line per document, its hand-set fields indented, then the JSON's size. */
  public static String run(LocalDate today) {
    DirectoryDocuments documents = documents(today);
    StringBuilder out = new StringBuilder();
    out.append("mailbox ")
        .append(documents.mailbox().fileName())
        .append(" from ")
        .append(documents.mailbox().template())
        .append('\n');
    for (DirectoryDocument d : documents.documents()) {
      out.append(d.writable() ? "json    " : "by hand ")
          .append(d.kind().title())
          .append(": ")
          .append(d.name())
          .append('\n');
      if (d.writable()) {
        for (DirectoryField f : d.manualFields()) {
          out.append("        confirm ")
              .append(f.label())
              .append(" = ")
              .append(f.value())
              .append('\n');
        }
      }
    }
    out.append("One-Touch Setup JSON: ")
        .append(documents.text().lines().count())
        .append(" lines\n");
    return out.toString();
  }
}
