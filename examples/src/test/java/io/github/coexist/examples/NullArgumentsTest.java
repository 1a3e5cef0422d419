package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.RenderOptions;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.runbook.RunbookEmitter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A consumer's null is refused at the API's door, by the parameter's name. */
class NullArgumentsTest {
  private static final PowerShellScript SCRIPT =
      PowerShellEmitter.standard()
          .emit(
              PlanValidator.standard()
                  .validate(
                      RecommendedPlans.create(
                          RecommendedPlans.example(Environment.EXCHANGE_SERVER)),
                      ValidationContext.on(LocalDate.of(2026, 11, 27)))
                  .requireValid());

  @Test
  void emittersNameTheirParameter() {
    assertThatThrownBy(() -> PowerShellEmitter.standard().emit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("valid");
    assertThatThrownBy(() -> RollbackEmitter.standard().emit(null)).hasMessage("valid");
    assertThatThrownBy(() -> NotesIniEmitter.standard().emit(null)).hasMessage("valid");
    assertThatThrownBy(() -> RunbookEmitter.standard().emit(null)).hasMessage("valid");
    assertThatThrownBy(() -> RunbookEmitter.standard().withLicense((License) null))
        .hasMessage("license");
    assertThatThrownBy(() -> RunbookEmitter.standard().withLicense((LicenseStatus) null))
        .hasMessage("status");
  }

  @Test
  void aScriptWritingItselfNamesItsParameter() {
    assertThatThrownBy(() -> SCRIPT.writeTo((OutputStream) null, RenderOptions.defaults()))
        .hasMessage("out");
    assertThatThrownBy(() -> SCRIPT.writeTo(new ByteArrayOutputStream(), null))
        .hasMessage("options");
    assertThatThrownBy(() -> SCRIPT.writeTo((Appendable) null, RenderOptions.defaults()))
        .hasMessage("out");
    assertThatThrownBy(() -> PowerShellRenderer.call(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void thePlanReaderNamesItsParameter() {
    assertThatThrownBy(() -> PlanReader.standard().read((Path) null)).hasMessage("file");
    assertThatThrownBy(() -> PlanReader.standard().read((String) null, "plan.yaml"))
        .hasMessage("content");
    assertThatThrownBy(() -> PlanReader.standard().read("formatVersion: 1", null))
        .hasMessage("source");
  }
}
