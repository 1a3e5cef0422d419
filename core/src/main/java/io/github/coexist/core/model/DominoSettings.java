package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.CoexistStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Domino side: BTCal's Notes.ini settings on the coexistence server(s), as typed values, and
 * the facts of the Domino Directory documents BTCal needs ({@link #directory()}). Each Notes.ini
 * attribute names its key; an absent attribute is left alone in notes.ini. The facts and the
 * unknowns are in the BTCal fact sheet (Appendix G for routing, A for ZApp, C for encryption).
 *
 * <pre>{@code
 * DominoSettings d = DominoSettings.builder()
 *     .foreignDomain("Exchange").foreignDomainMailbox("btexchange.box").build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class DominoSettings {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  DominoSettings() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link DominoSettings}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableDominoSettings.Builder {
    Builder() {}
  }

  /** BTEXCHANGEDOMAIN: the Foreign Domain BTCal serves; BTCal shuts down without it. */
  public abstract Optional<String> foreignDomain();

  /** BTALTEXCHANGEDOMAINS: further foreign domains, each with its Foreign Domain document. */
  public abstract ImmutableList<String> altForeignDomains();

  /** BTEXCHANGEDB: the foreign-domain mailbox BTCal polls (e.g. {@code btexchange.box}). */
  public abstract Optional<String> foreignDomainMailbox();

  /** BTDELAY: BTCal's polling schedule (units are not documented publicly; kept as text). */
  public abstract Optional<String> delay();

  /** BTPROCESSDOMAIN: must be set, and equal the license's process domain, to apply a license. */
  public abstract Optional<String> processDomain();

  /** BTZAPPSUPPORT: 0..3; anything but 0 needs a license with ZApp. */
  public abstract Optional<ZappSupport> zappSupport();

  /** BTZAPPBYPASS=1: mail with the item $BTZAppBypass="1" skips ZApp. */
  public abstract Optional<Boolean> zappBypass();

  /** BTZappByPassDocsWithFields: field names whose presence makes mail skip ZApp. */
  public abstract ImmutableList<String> zappBypassDocsWithFields();

  /** BTZAPPCHECKENCRYPT=1: encrypted mail is ZApped. */
  public abstract Optional<Boolean> zappCheckEncrypt();

  /** BTZAPPIGNORESTOREDFORMS=1: mail with stored forms is skipped. */
  public abstract Optional<Boolean> zappIgnoreStoredForms();

  /** BTZAPPPROCESSFORMS: the Form names that are ZApped. */
  public abstract ImmutableList<String> zappProcessForms();

  /** BTEncryptDecrypt: 0..3. */
  public abstract Optional<EncryptDecrypt> encryptDecrypt();

  /** BTIDVault: 1 to hold back and decrypt encrypted Domino-to-Exchange items. */
  public abstract Optional<Boolean> idVault();

  /** BTIDFileLocation: where the IDs are. */
  public abstract Optional<IdFileLocation> idFileLocation();

  /** BTIDVaultDB: file name of the BTIDVault database. */
  public abstract Optional<String> idVaultDb();

  /** BTIDsDir: directory of the ID files when BTIDFileLocation=FileSystem. */
  public abstract Optional<String> idsDir();

  /** BTDecryptID: the ID used for decryption. */
  public abstract Optional<String> decryptId();

  /** BTBlockNotesEncrypted=1: Notes-encrypted items bound for Exchange are refused with an NDR. */
  public abstract Optional<Boolean> blockNotesEncrypted();

  /** BTDelegateNDR: N lets a forwarded meeting through to a Notes delegate instead of an NDR. */
  public abstract Optional<Boolean> delegateNdr();

  /** BTNDR&lt;code&gt;: custom NDR texts by code (54 is the blocked-encryption NDR). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, String> ndrTexts();

  /** BTMULTISCHEDREPORTTEXT1..n: lines of the unsupported-repeating-meeting notice. */
  public abstract ImmutableList<String> multiSchedReportTexts();

  /**
   * Not a Notes.ini setting: the charset of the server's notes.ini, which every value above must
   * fit; absent means US-ASCII ({@link NotesIniCharset#of(CoexistencePlan)}).
   */
  public abstract Optional<NotesIniCharset> notesIniCharset();

  /**
   * Not a Notes.ini setting: what the Domino Directory documents BTCal's routing needs are made of
   * (Foreign Domain, Foreign SMTP Domain, SMTP Connection, Global Domain).
   */
  public abstract Optional<DominoDirectory> directory();
}
