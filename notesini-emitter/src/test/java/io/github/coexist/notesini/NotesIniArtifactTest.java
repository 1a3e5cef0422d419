package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fragment, the console commands and a merge write themselves as their byte accessors do. */
class NotesIniArtifactTest {
  private static final Charset WINDOWS = Charset.forName("windows-1252");

  private static byte[] bytesOf(io.github.coexist.core.emit.Artifact artifact) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    artifact.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void theBuilderChoosesCharsetAndLineBreak() {
    NotesIniEmitter emitter =
        NotesIniEmitter.builder().charset(WINDOWS).lineBreak(LineBreak.CRLF).build();

    assertThat(emitter.charset()).contains(WINDOWS);
    assertThat(emitter.lineBreak()).isEqualTo(LineBreak.CRLF);
    assertThat(NotesIniEmitter.builder().build().charset()).isEmpty();
    assertThat(NotesIniEmitter.standard().charset()).isEmpty();
    assertThat(NotesIniEmitter.standard().lineBreak()).isEqualTo(LineBreak.LF);
    assertThatThrownBy(() -> NotesIniEmitter.builder().charset(StandardCharsets.UTF_16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not ASCII-compatible");
  }

  @Test
  void theFragmentWritesItselfInTheServersCharset() throws IOException {
    ValidatedPlan german = Judge.validate(ScenarioPlans.fullGerman());
    NotesIniChanges changes =
        NotesIniEmitter.builder().charset(WINDOWS).lineBreak(LineBreak.CRLF).build().emit(german);

    assertThat(bytesOf(changes)).isEqualTo(changes.bytes());
    assertThat(changes.charset()).isEqualTo(WINDOWS);
    assertThat(changes.text())
        .isEqualTo(new String(changes.bytes(), WINDOWS))
        .isEqualTo(changes.toString())
        .contains("BTNDR54=Verschl\u00fcsselte Mail")
        .endsWith("\r\n");
  }

  @Test
  void consoleCommandsWriteThemselvesInTheServersCharset() throws IOException {
    ValidatedPlan german = Judge.validate(ScenarioPlans.fullGerman());
    NotesIniEmitter windows = NotesIniEmitter.builder().charset(WINDOWS).build();
    ConsoleCommandsEmitter emitter = ConsoleCommandsEmitter.builder().notesIni(windows).build();
    ConsoleCommands commands = emitter.emit(german);

    assertThat(emitter.notesIni()).isSameAs(windows);
    assertThat(ConsoleCommandsEmitter.standard().notesIni()).isSameAs(NotesIniEmitter.standard());
    assertThat(bytesOf(commands)).isEqualTo(commands.text().getBytes(WINDOWS));
    assertThat(commands.text()).contains("set config BTNDR54=Verschl\u00fcsselte Mail");
    assertThat(commands.findings()).isEqualTo(windows.emit(german).findings());
    assertThat(commands.text())
        .isEqualTo(String.join("\n", commands.commands()) + "\n")
        .isEqualTo(commands.toString());
    assertThat(commands.charset()).isEqualTo(WINDOWS);
  }

  @Test
  void aMergeWritesTheFileByteForByteAndDecodesItForDisplay() throws IOException {
    byte[] original = "[Notes]\r\nServerTasks=Router\r\nComment=caf\u00e9\r\n".getBytes(WINDOWS);
    NotesIniChanges changes =
        NotesIniEmitter.builder()
            .charset(WINDOWS)
            .build()
            .emit(Judge.validate(ScenarioPlans.fullGerman()));
    MergeResult merged = changes.mergeInto(NotesIniDocument.parse(original));

    assertThat(bytesOf(merged)).isEqualTo(merged.bytes());
    assertThat(merged.charset()).isEqualTo(WINDOWS);
    assertThat(merged.text())
        .isEqualTo(new String(merged.bytes(), WINDOWS))
        .isEqualTo(merged.toString())
        .contains("Comment=caf\u00e9\r\n")
        .contains("ServerTasks=Router,BTCal\r\n");
  }

  @Test
  void aByteTheCharsetCannotDecodeIsShownAsAReplacementButWrittenAsItWas() throws IOException {
    byte[] original = {
      'A',
      '=',
      (byte) 0xFF,
      '\n',
      'S',
      'e',
      'r',
      'v',
      'e',
      'r',
      'T',
      'a',
      's',
      'k',
      's',
      '=',
      'R',
      'o',
      'u',
      't',
      'e',
      'r',
      '\n'
    };
    MergeResult merged =
        NotesIniEmitter.standard()
            .emit(Judge.validate(ScenarioPlans.full()))
            .mergeInto(NotesIniDocument.parse(original));

    assertThat(merged.text()).startsWith("A=\uFFFD\n");
    assertThat(bytesOf(merged)).startsWith('A', '=', (byte) 0xFF, '\n');
  }

  @Test
  void aRefusedSettingIsAnEmissionExceptionWithThePlanPath() {
    // German NDR texts in a plan that keeps the default charset (US-ASCII): COEX-DOM-041 refuses
    // it, so the emitter sees it only when validation was bypassed.
    CoexistencePlan germanText = ScenarioPlans.fullGerman();
    ValidatedPlan german =
        Judge.unchecked(
            CoexistencePlan.builder()
                .from(germanText)
                .domino(
                    DominoSettings.builder()
                        .from(germanText.domino().orElseThrow())
                        .notesIniCharset(Optional.empty())
                        .build())
                .build());

    assertThatThrownBy(() -> NotesIniEmitter.standard().emit(german))
        .isInstanceOf(UnsafeSettingException.class)
        .isInstanceOf(EmissionException.class)
        .satisfies(
            e -> {
              UnsafeSettingException refused = (UnsafeSettingException) e;
              assertThat(refused.path()).contains(PlanPath.parse("domino.ndrTexts.54"));
              assertThat(refused.key()).isEqualTo("BTNDR54");
              assertThat(refused.where()).isEqualTo("BTNDR54 (domino.ndrTexts.54)");
              assertThat(refused.reason()).contains("US-ASCII cannot hold");
            });
    assertThat(new UnsafeSettingException("BT$X", "", "made in code").path()).isEmpty();
    assertThat(new UnsafeSettingException("BTX", "not.a.plan.path", "made in code").path())
        .isEmpty();
  }
}
