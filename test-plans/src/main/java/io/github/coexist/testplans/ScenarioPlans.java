package io.github.coexist.testplans;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.recommend.RecommendedPlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The hand-written plans more than one test class emits or judges, each once, by name. Most start
 * from the recommended plan for the example request of an environment.
 *
 * <pre>{@code
 * ValidatedPlan plan = Judge.validate(ScenarioPlans.full());
 * }</pre>
 */
public final class ScenarioPlans {
  private ScenarioPlans() {}

  /** The recommended plan for the example request of {@code environment}. */
  public static CoexistencePlan recommended(Environment environment) {
    return RecommendedPlans.create(RecommendedPlans.example(environment));
  }

  /** The recommended plan of {@code environment} for the organization {@code organization}. */
  public static CoexistencePlan withOrganization(Environment environment, String organization) {
    return CoexistencePlan.builder()
        .from(recommended(environment))
        .organization(organization)
        .build();
  }

  /**
   * The Exchange Server recommendation with its first remote domain (the Domino routing domain)
   * named {@code name}.
   */
  public static CoexistencePlan withRemoteDomainName(String name) {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_SERVER);
    return CoexistencePlan.builder()
        .from(plan)
        .remoteDomains(
            List.of(RemoteDomain.builder().from(plan.remoteDomains().get(0)).name(name).build()))
        .build();
  }

  /** The Exchange Server recommendation with other Domino settings. */
  public static CoexistencePlan withDomino(DominoSettings domino) {
    return CoexistencePlan.builder()
        .from(recommended(Environment.EXCHANGE_SERVER))
        .domino(domino)
        .build();
  }

  /** The Exchange Server recommendation with its Domino settings edited. */
  public static CoexistencePlan withDomino(Consumer<ImmutableDominoSettings.Builder> edit) {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_SERVER);
    ImmutableDominoSettings.Builder domino =
        DominoSettings.builder().from(plan.domino().orElseThrow());
    edit.accept(domino);
    return CoexistencePlan.builder().from(plan).domino(domino.build()).build();
  }

  /** A BTNDR54 text the default notes.ini charset (US-ASCII) cannot hold. */
  public static final String GERMAN_NDR_TEXT = "Verschl\u00fcsselte Mail geht nicht an Outlook.";

  /**
   * The Exchange Server recommendation with the BTNDR54 text {@link #GERMAN_NDR_TEXT}, its
   * notes.ini in no charset of its own: COEX-DOM-041 refuses it.
   */
  public static CoexistencePlan germanNdrText() {
    return withDomino(d -> d.putNdrText(54, GERMAN_NDR_TEXT));
  }

  /** {@link #germanNdrText()} with the plan's notes.ini in {@code charset}. */
  public static CoexistencePlan germanNdrText(NotesIniCharset charset) {
    return withDomino(d -> d.putNdrText(54, GERMAN_NDR_TEXT).notesIniCharset(charset));
  }

  /** The recommended Exchange Server plan's Domino Directory facts. */
  public static DominoDirectory directory() {
    return recommended(Environment.EXCHANGE_SERVER)
        .domino()
        .orElseThrow()
        .directory()
        .orElseThrow();
  }

  /** Every Domino setting the model has, set. */
  public static DominoSettings fullDomino() {
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

  /**
   * A license of {@code type} for Contoso, process domain ACME, generated 2026-01-05, expiring
   * 2027-01-05, installed from {@code serverPath}.
   */
  public static LicenseFacts license(LicenseType type, String serverPath) {
    return LicenseFacts.builder()
        .type(type)
        .licensee("Contoso")
        .generated(LocalDate.of(2026, 1, 5))
        .expires(LocalDate.of(2027, 1, 5))
        .processDomain("ACME")
        .adminEmail("notes-admin@contoso.com")
        .serverPath(serverPath)
        .build();
  }

  /**
   * The Exchange Server recommendation with process domain ACME and a standard {@link #license}
   * installed from {@code serverPath}.
   */
  public static CoexistencePlan licensed(String serverPath) {
    return CoexistencePlan.builder()
        .from(withDomino(d -> d.processDomain("ACME")))
        .license(license(LicenseType.STANDARD, serverPath))
        .build();
  }

  /** The Exchange Server recommendation with every Domino setting and a ZApp license to install. */
  public static CoexistencePlan full() {
    return CoexistencePlan.builder()
        .from(withDomino(fullDomino()))
        .license(license(LicenseType.STANDARD_ZAPP, "C:\\Domino\\Data\\btcal.lic"))
        .build();
  }

  /** {@link #full()} with a German BTNDR54 text and the plan's notes.ini charset windows-1252. */
  public static CoexistencePlan fullGerman() {
    DominoSettings german =
        DominoSettings.builder()
            .from(fullDomino())
            .notesIniCharset(NotesIniCharset.WINDOWS_1252)
            .ndrTexts(
                Map.of(54, "Verschlüsselte Mail kann nicht an Outlook-Benutzer zugestellt werden."))
            .build();
    return CoexistencePlan.builder().from(full()).domino(german).build();
  }

  /**
   * The recommended Exchange Server plan with BasicAuth beside ExternalAuthoritative on its first
   * receive connector: COEX-RECV-002 refuses it.
   */
  public static CoexistencePlan withBasicAuth() {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_SERVER);
    ReceiveConnector first =
        ReceiveConnector.builder()
            .from(plan.receiveConnectors().get(0))
            .authMechanism(
                List.of(
                    AuthMechanism.TLS,
                    AuthMechanism.EXTERNAL_AUTHORITATIVE,
                    AuthMechanism.BASIC_AUTH))
            .permissionGroups(List.of(PermissionGroup.EXCHANGE_SERVERS))
            .build();
    return CoexistencePlan.builder()
        .from(plan)
        .receiveConnectors(List.of(first, plan.receiveConnectors().get(1)))
        .build();
  }
}
