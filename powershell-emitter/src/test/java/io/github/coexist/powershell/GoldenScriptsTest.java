package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scripts of the recommended plans, byte for byte (UTF-8 with BOM, CRLF), against golden files
 * a reviewer can read in src/test/resources/golden.
 */
class GoldenScriptsTest {

  static ValidatedPlan recommended(Environment environment) {
    return Judge.validate(ScenarioPlans.recommended(environment));
  }

  /** Exchange Online, unattended (app-only) and with TLS required. */
  static ValidatedPlan appOnlyRequiredTls() {
    PlanRequest request =
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
            .tls(TlsChoice.REQUIRED)
            .tlsCertificateName("coex.contoso.com")
            .build();
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(RecommendedPlans.create(request))
            .connection(
                Connection.builder()
                    .appId("6f0c1f5e-2b7d-4d3a-9a51-0c2a5b1e9d11")
                    .certificateThumbprint("0123456789ABCDEF0123456789ABCDEF01234567")
                    .build())
            .build();
    return Judge.validate(plan);
  }

  static PowerShellScript script(String name) {
    return switch (name) {
      case "exchange-online" ->
          PowerShellEmitter.standard().emit(recommended(Environment.EXCHANGE_ONLINE));
      case "exchange-online-rollback" ->
          RollbackEmitter.standard().emit(recommended(Environment.EXCHANGE_ONLINE));
      case "exchange-server" ->
          PowerShellEmitter.standard().emit(recommended(Environment.EXCHANGE_SERVER));
      case "exchange-server-rollback" ->
          RollbackEmitter.standard().emit(recommended(Environment.EXCHANGE_SERVER));
      case "exchange-online-app-only" -> PowerShellEmitter.standard().emit(appOnlyRequiredTls());
      default -> throw new AssertionError(name);
    };
  }

  @ParameterizedTest
  @CsvSource({
    "exchange-online",
    "exchange-online-rollback",
    "exchange-server",
    "exchange-server-rollback",
    "exchange-online-app-only"
  })
  void matchesGoldenFile(String name) {
    Golden.assertResource(
        "golden/" + name + ".ps1",
        PowerShellRenderer.encode(script(name), RenderOptions.defaults()));
  }

  @Test
  void defaultsAreUtf8WithBomAndCrlf() {
    byte[] bytes = PowerShellRenderer.encode(script("exchange-server"), RenderOptions.defaults());
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void theBytesAreTheMarkThenTheTextInUtf8() {
    for (RenderOptions options :
        java.util.List.of(
            RenderOptions.defaults(), RenderOptions.builder().byteOrderMark(false).build())) {
      PowerShellScript script = script("exchange-online-rollback");
      String mark = options.byteOrderMark() ? "\uFEFF" : "";
      assertThat(
              (mark + PowerShellRenderer.render(script, options)).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(PowerShellRenderer.encode(script, options));
    }
  }

  @Test
  void lineEndingAndBomAreConfigurable() {
    RenderOptions unix =
        RenderOptions.builder()
            .lineEnding(RenderOptions.LineEnding.LF)
            .byteOrderMark(false)
            .build();
    byte[] bytes = PowerShellRenderer.encode(script("exchange-server"), unix);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) '#');
    assertThat(text).doesNotContain("\r").contains("\n");
    assertThat(text.replace("\n", "\r\n")).isEqualTo(script("exchange-server").text());
  }

  @Test
  void samePlanGivesSameBytesWhateverTheLocaleAndZone() {
    byte[] first = PowerShellRenderer.encode(script("exchange-online"), RenderOptions.defaults());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] second =
          PowerShellRenderer.encode(script("exchange-online"), RenderOptions.defaults());
      assertThat(second).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
