package io.github.coexist.benchmarks;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import java.time.LocalDate;

/** coexist's side of the Notes.ini comparison: the recommended plan's BTCal settings merged in. */
final class NotesIniMerge {
  private final NotesIniChanges changes;

  NotesIniMerge() {
    changes =
        NotesIniEmitter.standard()
            .emit(
                PlanValidator.standard()
                    .validate(
                        RecommendedPlans.create(
                            RecommendedPlans.example(Environment.EXCHANGE_SERVER)),
                        ValidationContext.on(LocalDate.of(2026, 11, 27)))
                    .requireValid());
  }

  /** Parse, merge, render. */
  byte[] apply(byte[] file) {
    return changes.mergeInto(NotesIniDocument.parse(file)).bytes();
  }

  NotesIniChanges changes() {
    return changes;
  }
}
