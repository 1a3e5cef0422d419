package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {
  private static NotesIniDocument parse(String latin1) {
    return NotesIniDocument.parse(latin1.getBytes(ISO_8859_1));
  }

  private static NotesIniChanges mailboxOnly() {
    // The rules would refuse a plan without BTEXCHANGEDOMAIN; the merge still judges the file.
    return NotesIniEmitter.standard()
        .emit(
            Judge.unchecked(
                ScenarioPlans.withDomino(
                    DominoSettings.builder().foreignDomainMailbox("btexchange.box").build())));
  }

  @Test
  void aRequiredKeyTheFileAlreadyHasIsNotReported() {
    MergeResult merged =
        mailboxOnly().mergeInto(parse("ServerTasks=Router\nBTEXCHANGEDOMAIN=Exchange\n"));

    assertThat(merged.findings()).isEmpty();
  }

  @Test
  void aRequiredKeyNeitherInThePlanNorInTheFileIsReported() {
    MergeResult merged = mailboxOnly().mergeInto(parse("ServerTasks=Router\n"));

    assertThat(merged.findings())
        .extracting(IniFinding::toString)
        .containsExactly(
            "notes.ini: warning: BTEXCHANGEDOMAIN is neither in the plan nor in the file: BTCal"
                + " shuts down without it (Appendix G (fact sheet 1a))");
  }

  @Test
  void aKeyIsUpdatedWhereItIsAndKeepsItsSpellingAndLineBreak() {
    NotesIniChanges changes =
        NotesIniChanges.of(NotesIniFormat.standard(), List.of(IniSetting.of("BTDELAY", "5")));

    MergeResult merged = changes.mergeInto(parse("A=1\r\nbtDelay=10\r\nB=2\n"));

    assertThat(merged.bytes()).isEqualTo("A=1\r\nbtDelay=5\r\nB=2\n".getBytes(ISO_8859_1));
    assertThat(merged.changes())
        .extracting(IniChange::toString)
        .containsExactly("UPDATE btDelay line 2: \"10\" -> \"5\"");
    assertThat(merged.changed()).isTrue();
  }

  @Test
  void nothingToChangeLeavesTheBytesAlone() {
    NotesIniChanges changes =
        NotesIniChanges.of(NotesIniFormat.standard(), List.of(IniSetting.of("BTDELAY", "5")));
    NotesIniDocument ini = parse("[Notes]\r\nServerTasks=Router, BTCal\r\nBTDELAY=5\r\n");

    MergeResult merged = changes.mergeInto(ini);

    assertThat(merged.bytes()).isEqualTo(ini.toBytes());
    assertThat(merged.changed()).isFalse();
    assertThat(merged.summary())
        .isEqualTo(
            """
            keep    BTDELAY      line 3  "5"
            keep    ServerTasks  line 2  "Router, BTCal"
            0 to add, 0 to update, 2 unchanged
            """);
  }

  @Test
  void linesDifferingOnlyInTheirLineBreakAreDifferentLines() {
    byte[] content = "A=1".getBytes(ISO_8859_1);

    assertThat(IniLine.of(content, LineBreak.LF)).isNotEqualTo(IniLine.of(content, LineBreak.CRLF));
    assertThat(IniLine.of(content, LineBreak.LF)).isEqualTo(IniLine.of(content, LineBreak.LF));
    assertThat(parse("A=1\n")).isNotEqualTo(parse("A=1\r\n"));
  }
}
