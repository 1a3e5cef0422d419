package io.github.coexist.notesini;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;

/** The plans the tests emit from. */
final class TestPlans {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private TestPlans() {}

  /** Valid under the standard rules, as the CLI would require. */
  static ValidatedPlan valid(CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(TODAY)).requireValid();
  }

  /**
   * Valid under no rules: the refusal tests prove that the emitter itself refuses unsafe values,
   * whatever the rules (written elsewhere) let through.
   */
  static ValidatedPlan unchecked(CoexistencePlan plan) {
    return PlanValidator.of(RuleSet.empty())
        .validate(plan, ValidationContext.on(TODAY))
        .requireValid();
  }

  static CoexistencePlan recommended(Environment environment) {
    return RecommendedPlans.create(RecommendedPlans.example(environment));
  }

  /** The Exchange Server recommendation with other Domino settings. */
  static CoexistencePlan withDomino(DominoSettings domino) {
    return CoexistencePlan.builder()
        .from(recommended(Environment.EXCHANGE_SERVER))
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
