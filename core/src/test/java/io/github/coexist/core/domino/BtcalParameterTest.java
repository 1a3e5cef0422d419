package io.github.coexist.core.domino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.ZappSupport;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue states what the BTCal fact sheet states, and nothing more. */
class BtcalParameterTest {
  @Test
  void onlyTheRoutingDomainAndMailboxAreRequired() {
    assertThat(BtcalParameter.required())
        .containsExactly(BtcalParameter.BTEXCHANGEDOMAIN, BtcalParameter.BTEXCHANGEDB);
    assertThat(BtcalParameter.BTEXCHANGEDB.defaultValue().toString())
        .isEqualTo("required (BTCal shuts down without it)");
  }

  @Test
  void documentedDefaultsAreValuesAndTheRestIsMarkedUnknown() {
    assertThat(BtcalParameter.BTENCRYPTDECRYPT.defaultValue().value()).contains("0");
    assertThat(BtcalParameter.BTIDVAULT.defaultValue().value()).contains("0");
    assertThat(BtcalParameter.BTIDFILELOCATION.defaultValue().value()).contains("BTIDVaultDB");
    assertThat(BtcalParameter.BTALTEXCHANGEDOMAINS.defaultValue().kind())
        .isEqualTo(ParameterDefault.Kind.NONE);
    assertThat(BtcalParameter.BTDELEGATENDR.defaultValue().kind())
        .isEqualTo(ParameterDefault.Kind.DESCRIBED);
    assertThat(BtcalParameter.BTDELAY.defaultValue().toString())
        .isEqualTo("unknown (neither the units nor the default are public)");
    assertThat(BtcalParameter.BTDELAY.defaultValue().value()).isEmpty();
    assertThat(BtcalParameter.BTPROCESSDOMAIN.defaultValue().kind())
        .isEqualTo(ParameterDefault.Kind.UNKNOWN);
  }

  @Test
  void choicesListExactlyTheCoreEnumsValues() {
    assertThat(BtcalParameter.BTZAPPSUPPORT.documentedValues())
        .containsExactly("0", "1", "2", "3")
        .hasSize(ZappSupport.values().length);
    assertThat(BtcalParameter.BTENCRYPTDECRYPT.documentedValues())
        .hasSize(EncryptDecrypt.values().length);
    assertThat(BtcalParameter.BTIDFILELOCATION.documentedValues())
        .containsExactly(
            "BTIDVaultDB", "FileSystem", "PersonDoc", "DominoIDV", "DominoIDV2", "PerUser")
        .hasSize(IdFileLocation.values().length);
  }

  @Test
  void flagsUseTheDocumentedTokensAndKnowWhichAreNot() {
    assertThat(BtcalParameter.BTZAPPBYPASS.flag(true)).isEqualTo("1");
    assertThat(BtcalParameter.BTZAPPBYPASS.isDocumented("0")).isFalse();
    assertThat(BtcalParameter.BTIDVAULT.isDocumented("0")).isTrue();
    assertThat(BtcalParameter.BTDELEGATENDR.flag(false)).isEqualTo("N");
    assertThat(BtcalParameter.BTDELEGATENDR.isDocumented("Y")).isFalse();
    assertThat(BtcalParameter.BTDELAY.isDocumented("anything")).isTrue();
    assertThatThrownBy(() -> BtcalParameter.BTDELAY.flag(true)).hasMessage("BTDELAY is not a flag");
  }

  @Test
  void keysAreFoundIgnoringAsciiCaseAndFamiliesByNumber() {
    assertThat(BtcalParameter.forKey("btexchangedb")).contains(BtcalParameter.BTEXCHANGEDB);
    assertThat(BtcalParameter.forKey("BTALTEXCHANGEDOMAINs"))
        .contains(BtcalParameter.BTALTEXCHANGEDOMAINS);
    assertThat(BtcalParameter.forKey("btndr54")).contains(BtcalParameter.BTNDR);
    assertThat(BtcalParameter.forKey("BTMULTISCHEDREPORTTEXT2"))
        .contains(BtcalParameter.BTMULTISCHEDREPORTTEXT);
    assertThat(BtcalParameter.forKey("BTNDR")).isEmpty();
    assertThat(BtcalParameter.forKey("BTNDRx")).isEmpty();
    assertThat(BtcalParameter.forKey("ServerTasks")).isEmpty();
    assertThat(BtcalParameter.BTNDR.key(54)).isEqualTo("BTNDR54");
    assertThatThrownBy(() -> BtcalParameter.BTEXCHANGEDB.key(1))
        .hasMessage("BTEXCHANGEDB is not a numbered family");
  }

  @Test
  void everyKeyIsOneCoexistCanWriteAndEachIsFoundByItself() {
    Arrays.stream(BtcalParameter.values())
        .forEach(
            p -> {
              String key = p.isFamily() ? p.key(1) : p.key();
              assertThat(key).as(key).matches("[A-Za-z0-9_$]+");
              assertThat(BtcalParameter.forKey(key)).as(key).contains(p);
              assertThat(p.source()).as(key).isNotBlank();
            });
  }
}
