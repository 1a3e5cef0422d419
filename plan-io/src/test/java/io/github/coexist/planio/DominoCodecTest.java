package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.domino.BtcalParameter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.NotesIniCharset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The {@code domino} mapping is the BTCal catalogue's, plus the notes.ini charset. */
class DominoCodecTest {
  private static final String HEAD =
      "formatVersion: 1\n"
          + "environment: exchange-online\n"
          + "domains: {primary: contoso.com, dominoRouting: domino.contoso.com,"
          + " exchangeRouting: contoso.mail.onmicrosoft.com}\n";

  @Test
  void theKeysAreTheCataloguesInItsOrderThenCharsetAndDirectory() {
    List<String> keys =
        PlanCodec.DOMINO.fields().stream().map(f -> f.key).collect(Collectors.toList());
    List<String> catalogue =
        java.util.Arrays.stream(BtcalParameter.values())
            .map(BtcalParameter::planKey)
            .collect(Collectors.toList());

    assertThat(keys.subList(0, catalogue.size())).isEqualTo(catalogue);
    assertThat(keys.subList(catalogue.size(), keys.size()))
        .containsExactly("notesIniCharset", "directory");
  }

  @Test
  void theCharsetIsReadInAnyCaseAndWrittenInItsSpelling() {
    CoexistencePlan plan =
        PlanReader.standard()
            .read(
                HEAD + "domino: {foreignDomain: Exchange, notesIniCharset: WINDOWS-1252}\n",
                "plan.yaml");

    assertThat(plan.domino().orElseThrow().notesIniCharset())
        .contains(NotesIniCharset.WINDOWS_1252);
    assertThat(PlanWriter.write(plan, PlanFormat.YAML)).contains("notesIniCharset: windows-1252");
    assertThat(PlanReader.standard().read(PlanWriter.write(plan, PlanFormat.YAML), "again.yaml"))
        .isEqualTo(plan);
  }

  @Test
  void anUnknownCharsetIsRefusedNamingTheAcceptedOnes() {
    assertThatThrownBy(
            () ->
                PlanReader.standard()
                    .read(HEAD + "domino: {notesIniCharset: LMBCS}\n", "plan.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("domino.notesIniCharset")
        .hasMessageContaining(
            "US-ASCII, ISO-8859-1, ISO-8859-15, windows-1250, windows-1251,"
                + " windows-1252, UTF-8");
  }
}
