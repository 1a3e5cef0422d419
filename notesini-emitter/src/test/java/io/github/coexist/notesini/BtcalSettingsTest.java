package io.github.coexist.notesini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.testplans.ScenarioPlans;
import org.junit.jupiter.api.Test;

class BtcalSettingsTest {
  @Test
  void mapsEveryAttributeInCatalogueOrder() {
    BtcalSettings settings = BtcalSettings.from(ScenarioPlans.fullDomino());

    assertThat(settings.settings())
        .extracting(IniSetting::toString)
        .containsExactly(
            "BTEXCHANGEDOMAIN=\"Exchange\"",
            "BTALTEXCHANGEDOMAINS=\"Exchange-1,ExchangeDirect\"",
            "BTEXCHANGEDB=\"btexchange.box\"",
            "BTDELAY=\"5\"",
            "BTPROCESSDOMAIN=\"ACME\"",
            "BTZAPPSUPPORT=\"1\"",
            "BTZAPPBYPASS=\"1\"",
            "BTZappByPassDocsWithFields=\"BTNoZApp,$KeepBody\"",
            "BTZAPPCHECKENCRYPT=\"0\"",
            "BTZAPPIGNORESTOREDFORMS=\"1\"",
            "BTZAPPPROCESSFORMS=\"Memo,Reply\"",
            "BTEncryptDecrypt=\"2\"",
            "BTIDVault=\"1\"",
            "BTIDFileLocation=\"FileSystem\"",
            "BTIDVaultDB=\"btidvault.nsf\"",
            "BTIDsDir=\"D:\\\\NotesIDs\"",
            "BTDecryptID=\"btdecrypt.id\"",
            "BTBlockNotesEncrypted=\"0\"",
            "BTDelegateNDR=\"N\"",
            "BTNDR54=\"Encrypted mail cannot be delivered to Outlook users; send it unencrypted.\"",
            "BTMULTISCHEDREPORTTEXT1=\"This change to a repeating meeting cannot be sent to"
                + " Exchange.\"",
            "BTMULTISCHEDREPORTTEXT2=\"Cancel the series and create it again.\"");
    assertThat(settings.settings().get(0).source()).isEqualTo("domino.foreignDomain");
    assertThat(settings.settings().get(19).source()).isEqualTo("domino.ndrTexts.54");
    assertThat(settings.settings().get(21).source()).isEqualTo("domino.multiSchedReportTexts[1]");
  }

  @Test
  void undocumentedFlagValuesAreWrittenWithAFinding() {
    BtcalSettings settings = BtcalSettings.from(ScenarioPlans.fullDomino());

    assertThat(settings.findings())
        .extracting(IniFinding::toString)
        .containsExactly(
            "notes.ini: info: BTZAPPCHECKENCRYPT=0 (domino.zappCheckEncrypt = false): the"
                + " documentation shows only 1; 0 is assumed to mean off",
            "notes.ini: info: BTBlockNotesEncrypted=0 (domino.blockNotesEncrypted = false): the"
                + " documentation shows only 1; 0 is assumed to mean off");
  }

  @Test
  void delegateNdrOnIsTheUndocumentedY() {
    BtcalSettings settings =
        BtcalSettings.from(
            DominoSettings.builder().from(ScenarioPlans.fullDomino()).delegateNdr(true).build());

    assertThat(settings.settings())
        .contains(IniSetting.from("BTDelegateNDR", "Y", "domino.delegateNdr"));
    assertThat(settings.findings())
        .extracting(IniFinding::message)
        .contains(
            "BTDelegateNDR=Y (domino.delegateNdr = true): the documentation shows only N; Y is"
                + " assumed to mean on");
  }

  @Test
  void absentAttributesWriteNothingAndMissingRequiredKeysAreReported() {
    BtcalSettings settings = BtcalSettings.from(DominoSettings.builder().delay("5").build());

    assertThat(settings.settings())
        .containsExactly(IniSetting.from("BTDELAY", "5", "domino.delay"));
    assertThat(settings.findings())
        .extracting(IniFinding::toString)
        .containsExactly(
            "notes.ini: warning: BTEXCHANGEDOMAIN is not set by the plan: BTCal shuts down without"
                + " it (Appendix G (fact sheet 1a))",
            "notes.ini: warning: BTEXCHANGEDB is not set by the plan: BTCal shuts down without it"
                + " (Appendix G (fact sheet 1a))");
  }

  @Test
  void aListItemWithTheSeparatorIsRefusedNamingTheItem() {
    DominoSettings domino =
        DominoSettings.builder().addAltForeignDomains("Exchange-1", "A,B").build();

    assertThatThrownBy(() -> BtcalSettings.from(domino))
        .isInstanceOf(UnsafeSettingException.class)
        .hasMessage(
            "BTALTEXCHANGEDOMAINS (domino.altForeignDomains[1]): an item must not contain ','"
                + " (the list separator)");
  }

  @Test
  void aListItemWithALineBreakIsRefusedNamingTheItem() {
    DominoSettings domino = DominoSettings.builder().addZappProcessForms("Memo\nX=1").build();

    assertThatThrownBy(() -> BtcalSettings.from(domino))
        .hasMessage(
            "BTZAPPPROCESSFORMS (domino.zappProcessForms[0]): value must not contain a line break"
                + " (U+000A): it would start a new notes.ini line");
  }

  @Test
  void aNegativeNdrCodeIsRefused() {
    DominoSettings domino = DominoSettings.builder().putNdrText(-1, "text").build();

    assertThatThrownBy(() -> BtcalSettings.from(domino))
        .hasMessage("\"BTNDR-1\" (domino.ndrTexts.-1): an NDR code is 0 or more");
  }
}
