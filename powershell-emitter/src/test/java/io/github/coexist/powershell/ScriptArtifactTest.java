package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.ValidatedPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scripts write themselves exactly as the renderer writes them (the golden files' bytes). */
class ScriptArtifactTest {
  private static final RenderOptions NO_BOM_LF =
      RenderOptions.builder().lineEnding(RenderOptions.LineEnding.LF).byteOrderMark(false).build();

  @ParameterizedTest
  @EnumSource(Environment.class)
  void bothScriptsWriteThemselvesAsTheRendererDoes(Environment environment) throws IOException {
    ValidatedPlan valid = GoldenScriptsTest.recommended(environment);
    for (PowerShellScript script :
        new PowerShellScript[] {
          PowerShellEmitter.standard().emit(valid), RollbackEmitter.standard().emit(valid)
        }) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      script.writeTo(bytes);
      ByteArrayOutputStream ascii = new ByteArrayOutputStream();
      script.writeTo(ascii, NO_BOM_LF);
      StringBuilder text = new StringBuilder();
      script.writeTo(text, NO_BOM_LF);

      assertThat(bytes.toByteArray())
          .isEqualTo(PowerShellRenderer.encode(script, RenderOptions.defaults()))
          .startsWith(0xEF, 0xBB, 0xBF);
      assertThat(script.text())
          .isEqualTo(PowerShellRenderer.render(script, RenderOptions.defaults()))
          .isEqualTo(script.toString())
          .contains("\r\n");
      assertThat(ascii.toByteArray()).isEqualTo(PowerShellRenderer.encode(script, NO_BOM_LF));
      assertThat(text.toString()).isEqualTo(PowerShellRenderer.render(script, NO_BOM_LF));
      assertThat(script.charset()).isEqualTo(StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void theSnapshotScriptWritesItselfWithBomAndCrlf(Environment environment) throws IOException {
    SnapshotScript script = SnapshotScriptEmitter.builder().build().emit(environment);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    script.writeTo(bytes);
    ByteArrayOutputStream lf = new ByteArrayOutputStream();
    script.writeTo(lf, NO_BOM_LF);

    assertThat(bytes.toByteArray()).isEqualTo(script.encode(RenderOptions.defaults()));
    assertThat(lf.toByteArray()).isEqualTo(script.encode(NO_BOM_LF));
    assertThat(script.text())
        .isEqualTo(script.render(RenderOptions.defaults()))
        .isEqualTo(script.toString());
    assertThat(SnapshotScriptEmitter.builder().build()).isSameAs(SnapshotScriptEmitter.standard());
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void theBuilderChoosesTheWaitsAndDefaultsToTheStandardOnes(Environment environment) {
    ValidatedPlan valid = GoldenScriptsTest.recommended(environment);
    PowerShellEmitter patient =
        PowerShellEmitter.builder().waits(new WaitPolicy(31, 17, 29, 13)).build();

    assertThat(PowerShellEmitter.builder().build().emit(valid).text())
        .isEqualTo(PowerShellEmitter.standard().emit(valid).text());
    assertThat(PowerShellEmitter.standard().waits()).isEqualTo(WaitPolicy.standard());
    assertThat(patient.waits()).isEqualTo(new WaitPolicy(31, 17, 29, 13));
    assertThat(patient.emit(valid).text())
        .isNotEqualTo(PowerShellEmitter.standard().emit(valid).text())
        .contains(environment == Environment.EXCHANGE_ONLINE ? "31" : "29");
    assertThat(RollbackEmitter.builder().build()).isSameAs(RollbackEmitter.standard());
  }
}
