package io.github.coexist.notesini;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.testplans.ValidPlans;
import java.time.LocalDate;

/** The plans the tests emit from beyond test-plans' {@link ValidPlans}: Domino edits. */
final class TestPlans {
  private TestPlans() {}

  /** The Exchange Server recommendation with other Domino settings. */
  static CoexistencePlan withDomino(DominoSettings domino) {
    return CoexistencePlan.builder()
        .from(ValidPlans.recommended(Environment.EXCHANGE_SERVER))
        .domino(domino)
        .build();
  }

  /** Every Domino setting the model has, set. */
  static DominoSettings fullDomino() {
    return DominoSettings.builder()
        .foreignDomain("Exchange")
        .addAltForeignDomains("Exchange-1", "ExchangeDirect")
        .foreignDomainMailbox("btexchange.box")
        .delay("5")
        .processDomain("ACME")
        .zappSupport(ZappSupport.DOCUMENT_STORE_LINK)
        .zappBypass(true)
        .addZappBypassDocsWithFields("BTNoZApp", "$KeepBody")
        .zappCheckEncrypt(false)
        .zappIgnoreStoredForms(true)
        .addZappProcessForms("Memo", "Reply")
        .encryptDecrypt(EncryptDecrypt.DECRYPT_ONLY)
        .idVault(true)
        .idFileLocation(IdFileLocation.FILE_SYSTEM)
        .idVaultDb("btidvault.nsf")
        .idsDir("D:\\NotesIDs")
        .decryptId("btdecrypt.id")
        .blockNotesEncrypted(false)
        .delegateNdr(false)
        .putNdrText(54, "Encrypted mail cannot be delivered to Outlook users; send it unencrypted.")
        .addMultiSchedReportTexts(
            "This change to a repeating meeting cannot be sent to Exchange.",
            "Cancel the series and create it again.")
        .build();
  }

  static LicenseFacts license(String serverPath) {
    return LicenseFacts.builder()
        .type(LicenseType.STANDARD_ZAPP)
        .licensee("Contoso")
        .generated(LocalDate.of(2026, 1, 5))
        .expires(LocalDate.of(2027, 1, 5))
        .processDomain("ACME")
        .adminEmail("notes-admin@contoso.com")
        .serverPath(serverPath)
        .build();
  }

  /** The Exchange Server recommendation with every Domino setting and a license to install. */
  static CoexistencePlan full() {
    return CoexistencePlan.builder()
        .from(withDomino(fullDomino()))
        .license(license("C:\\Domino\\Data\\btcal.lic"))
        .build();
  }

  /** {@link #full()} with a German BTNDR54 text and the plan's notes.ini charset windows-1252. */
  static CoexistencePlan fullGerman() {
    DominoSettings german =
        ((io.github.coexist.core.model.ImmutableDominoSettings) fullDomino())
            .withNotesIniCharset(io.github.coexist.core.model.NotesIniCharset.WINDOWS_1252)
            .withNdrTexts(
                java.util.Map.of(
                    54, "Verschlüsselte Mail kann nicht an Outlook-Benutzer zugestellt werden."));
    return CoexistencePlan.builder().from(full()).domino(german).build();
  }
}
