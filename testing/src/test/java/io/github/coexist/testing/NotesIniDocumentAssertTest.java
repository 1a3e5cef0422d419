package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotesIniDocumentAssertTest {
  private static final NotesIniDocument EXISTING =
      NotesIniDocument.parse(
          "[Notes]\nServerTasks=Replica, Router,Update\nBTEXCHANGEDB=old.box\nbtexchangedb=x\n"
              .getBytes(StandardCharsets.US_ASCII));

  private static NotesIniDocument merged() {
    return NotesIniEmitter.standard()
        .emit(
            PlanValidator.standard()
                .validate(
                    ScenarioPlans.recommended(Environment.EXCHANGE_SERVER),
                    ValidationContext.on(Judge.DAY))
                .requireValid())
        .mergeInto(EXISTING)
        .document();
  }

  @Test
  void passesOnTheMergedSettings() {
    assertThat(merged())
        .hasSetting("BTEXCHANGEDB", "btexchange.box")
        .hasSetting("btexchangedomain", "Exchange")
        .hasServerTask("btcal")
        .hasServerTask("Router")
        .doesNotHaveSetting("BTZAPPSUPPORT");
  }

  @Test
  void aWrongValueNamesTheLineAndTheValue() {
    assertThatThrownBy(() -> assertThat(EXISTING).hasSetting("BTEXCHANGEDB", "btexchange.box"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected notes.ini to set BTEXCHANGEDB=btexchange.box, but line 3 sets"
                + " BTEXCHANGEDB=old.box (its keys: ServerTasks, BTEXCHANGEDB, btexchangedb)");
  }

  @Test
  void aMissingKeyOrTaskListsTheKeys() {
    assertThatThrownBy(() -> assertThat(EXISTING).hasSetting("BTEXCHANGEDOMAIN", "Exchange"))
        .hasMessage(
            "Expected notes.ini to set BTEXCHANGEDOMAIN=Exchange, but it has no BTEXCHANGEDOMAIN"
                + " line (its keys: ServerTasks, BTEXCHANGEDB, btexchangedb)");
    assertThatThrownBy(() -> assertThat(EXISTING).hasServerTask("BTCal"))
        .hasMessage(
            "Expected ServerTasks to list BTCal, but it is Replica, Router,Update (its keys:"
                + " ServerTasks, BTEXCHANGEDB, btexchangedb)");
    assertThatThrownBy(() -> assertThat(NotesIniDocument.empty()).hasServerTask("BTCal"))
        .hasMessage(
            "Expected ServerTasks to list BTCal, but notes.ini has no ServerTasks line (its keys:"
                + " none)");
    assertThatThrownBy(() -> assertThat(EXISTING).doesNotHaveSetting("btexchangedb"))
        .hasMessageStartingWith(
            "Expected notes.ini to have no btexchangedb line, but line 3 sets BTEXCHANGEDB=old.box");
  }

  @Test
  void duplicatesAreListed() {
    assertThatThrownBy(() -> assertThat(EXISTING).hasNoDuplicateKeys())
        .hasMessageStartingWith(
            "Expected notes.ini without duplicate keys, but:\n  notes.ini:4: warning: duplicate key");
  }
}
