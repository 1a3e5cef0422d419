package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.IniEnum;
import io.github.coexist.core.model.ZappSupport;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The BTCal notes.ini parameters coexist knows, with what the documentation says of each: accepted
 * values, default, whether it is required, and where the fact comes from (sections of the BTCal
 * fact sheet {@code btcal-domain.md}, which cites the Quest guide's appendices). Where the
 * documentation is silent the catalogue says so ({@link ParameterDefault.Kind#UNKNOWN}) instead of
 * guessing. Keys coexist does not know pass through every merge untouched.
 *
 * <p>Two entries are families: {@link #BTNDR} ({@code BTNDR<code>}, e.g. {@code BTNDR54}) and
 * {@link #BTMULTISCHEDREPORTTEXT} ({@code BTMULTISCHEDREPORTTEXT<n>}); {@link #key(int)} names a
 * member.
 *
 * <pre>{@code
 * BtcalParameter.forKey("btexchangedb")          // Optional[BTEXCHANGEDB]
 * BtcalParameter.BTEXCHANGEDB.defaultValue().isRequired()   // true
 * BtcalParameter.BTNDR.key(54)                  // "BTNDR54"
 * }</pre>
 */
// ParameterDefault is immutable (final class, final fields of immutable types); the checker
// cannot know that without an annotation dependency this module does not have.
@SuppressWarnings("ImmutableEnumChecker")
public enum BtcalParameter {
  /** The Foreign Domain BTCal serves; must equal a Foreign Domain document's Domain field. */
  BTEXCHANGEDOMAIN(
      "BTEXCHANGEDOMAIN",
      ValueKind.TEXT,
      ParameterDefault.required("BTCal shuts down without it"),
      "a Domino foreign-domain name, e.g. Exchange",
      "Appendix G (fact sheet 1a)"),
  /** Further foreign domains, each with its own Foreign Domain document. */
  BTALTEXCHANGEDOMAINS(
      "BTALTEXCHANGEDOMAINS",
      ValueKind.TEXT_LIST,
      ParameterDefault.none(),
      "comma-separated foreign-domain names",
      "Appendix G (fact sheet 1a)"),
  /** The foreign-domain mailbox BTCal polls; the Foreign Domain document's gateway mail file. */
  BTEXCHANGEDB(
      "BTEXCHANGEDB",
      ValueKind.TEXT,
      ParameterDefault.required("BTCal shuts down without it"),
      "a mailbox file name, e.g. btexchange.box",
      "Appendix G (fact sheet 1a)"),
  /** The schedule on which BTCal polls the foreign-domain mailbox. */
  BTDELAY(
      "BTDELAY",
      ValueKind.TEXT,
      ParameterDefault.unknown("neither the units nor the default are public"),
      "a polling schedule; units not documented",
      "Section 14 (fact sheet 1b)"),
  /** The Domino domain BTCal processes; set before a license is applied. */
  BTPROCESSDOMAIN(
      "BTPROCESSDOMAIN",
      ValueKind.TEXT,
      ParameterDefault.unknown(
          "only section 8 names it: it must be set before a license is applied"),
      "a Domino domain name (the license's process domain)",
      "Section 8 (fact sheet 5, 7)"),
  /** What ZApp does with the bodies of mail bound for Exchange. */
  BTZAPPSUPPORT(
      "BTZAPPSUPPORT",
      ValueKind.CHOICE,
      ParameterDefault.unknown("not stated; 0 means ZApp not used or not licensed"),
      "0 none, 1 document store and link, 2 attachment, 3 both",
      "Appendix A (fact sheet 1c)",
      iniValues(ZappSupport.class)),
  /** 1: mail with the item $BTZAppBypass="1" skips ZApp. */
  BTZAPPBYPASS(
      "BTZAPPBYPASS",
      ValueKind.FLAG,
      ParameterDefault.unknown("not stated"),
      "1 to honour $BTZAppBypass",
      "ZApp KB (fact sheet 1c)",
      "1",
      "0",
      "1"),
  /** Field names whose presence makes mail skip ZApp. */
  BTZAPPBYPASSDOCSWITHFIELDS(
      "BTZappByPassDocsWithFields",
      ValueKind.TEXT_LIST,
      ParameterDefault.unknown("not stated"),
      "a list of field names (separator not documented; coexist writes commas)",
      "ZApp KB (fact sheet 1c)"),
  /** 1: encrypted mail is ZApped (also the fallback when decryption is impossible). */
  BTZAPPCHECKENCRYPT(
      "BTZAPPCHECKENCRYPT",
      ValueKind.FLAG,
      ParameterDefault.unknown("not stated"),
      "1 to ZApp encrypted mail",
      "ZApp KB (fact sheet 1c, 1d)",
      "1",
      "0",
      "1"),
  /** 1: mail with stored forms and an empty Form field is skipped. */
  BTZAPPIGNORESTOREDFORMS(
      "BTZAPPIGNORESTOREDFORMS",
      ValueKind.FLAG,
      ParameterDefault.unknown("not stated"),
      "1 to skip mail with stored forms",
      "ZApp KB (fact sheet 1c)",
      "1",
      "0",
      "1"),
  /** The Form names that are ZApped. */
  BTZAPPPROCESSFORMS(
      "BTZAPPPROCESSFORMS",
      ValueKind.TEXT_LIST,
      ParameterDefault.unknown("not stated"),
      "a list of Form names (separator not documented; coexist writes commas)",
      "ZApp KB (fact sheet 1c)"),
  /** On-the-fly encryption and decryption. */
  BTENCRYPTDECRYPT(
      "BTEncryptDecrypt",
      ValueKind.CHOICE,
      ParameterDefault.value("0"),
      "0 disabled, 1 encrypt and decrypt, 2 decrypt only, 3 encrypt only",
      "Appendix C (fact sheet 1d)",
      iniValues(EncryptDecrypt.class)),
  /** 1: BTCal holds back encrypted Domino-to-Exchange items and decrypts them. */
  BTIDVAULT(
      "BTIDVault",
      ValueKind.FLAG,
      ParameterDefault.value("0"),
      "0 disabled, 1 enabled",
      "Appendix C (fact sheet 1d)",
      "1",
      "0",
      "0",
      "1"),
  /** Where BTCal finds the IDs it decrypts with. */
  BTIDFILELOCATION(
      "BTIDFileLocation",
      ValueKind.CHOICE,
      ParameterDefault.value("BTIDVaultDB"),
      "BTIDVaultDB, FileSystem, PersonDoc, DominoIDV, DominoIDV2 or PerUser",
      "Appendix C (fact sheet 1d)",
      iniValues(IdFileLocation.class)),
  /** File name of the BTIDVault database. */
  BTIDVAULTDB(
      "BTIDVaultDB",
      ValueKind.TEXT,
      ParameterDefault.unknown("not stated"),
      "a database file name",
      "Appendix C (fact sheet 1d)"),
  /** Directory of the senders' ID files when BTIDFileLocation=FileSystem. */
  BTIDSDIR(
      "BTIDsDir",
      ValueKind.TEXT,
      ParameterDefault.unknown("not stated"),
      "a directory",
      "Appendix C (fact sheet 1d)"),
  /** An ID used for decryption; its account must be in the BCC of the item. */
  BTDECRYPTID(
      "BTDecryptID",
      ValueKind.TEXT,
      ParameterDefault.unknown("not stated"),
      "an ID file",
      "Appendix C (fact sheet 1d)"),
  /** 1: every Notes-encrypted item bound for Exchange is refused with an NDR (text: BTNDR54). */
  BTBLOCKNOTESENCRYPTED(
      "BTBlockNotesEncrypted",
      ValueKind.FLAG,
      ParameterDefault.described("off (the value that means off is not shown)"),
      "1 to block",
      "Appendix D (fact sheet 1d)",
      "1",
      "0",
      "1"),
  /** N: a meeting an Outlook user forwards to a Notes delegate is let through instead of NDRed. */
  BTDELEGATENDR(
      "BTDelegateNDR",
      ValueKind.FLAG,
      ParameterDefault.described("NDR on (the value is not shown)"),
      "N to let forwarded meetings through",
      "Appendix L (fact sheet 1e)",
      "Y",
      "N",
      "N"),
  /** {@code BTNDR<code>}: the text of the NDR with that code (54: blocked encrypted mail). */
  BTNDR(
      "BTNDR",
      ValueKind.TEXT,
      ParameterDefault.described("BTCal's own text"),
      "the NDR text; the code table (Appendix K) is not public, only 54 is known",
      "Appendices D, K (fact sheet 1d, 4)"),
  /** {@code BTMULTISCHEDREPORTTEXT<n>}: lines of the unsupported-repeating-meeting notice. */
  BTMULTISCHEDREPORTTEXT(
      "BTMULTISCHEDREPORTTEXT",
      ValueKind.TEXT,
      ParameterDefault.unknown("not stated"),
      "a line of the notice; the numbering is not documented, coexist starts at 1",
      "Appendix I (fact sheet 1e)");

  /** The shape of a parameter's value. */
  public enum ValueKind {
    /** Free text. */
    TEXT,
    /** Several texts joined by commas. */
    TEXT_LIST,
    /** One of a documented set of values. */
    CHOICE,
    /** On or off, each written as a token. */
    FLAG
  }

  private final String key;
  private final ValueKind valueKind;
  private final ParameterDefault defaultValue;
  private final String accepted;
  private final String source;
  private final String onValue;
  private final String offValue;
  private final ImmutableList<String> documentedValues;

  BtcalParameter(
      String key, ValueKind kind, ParameterDefault defaultValue, String accepted, String source) {
    this(key, kind, defaultValue, accepted, source, ImmutableList.of());
  }

  BtcalParameter(
      String key,
      ValueKind kind,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      ImmutableList<String> documentedValues) {
    this(key, kind, defaultValue, accepted, source, null, null, documentedValues);
  }

  BtcalParameter(
      String key,
      ValueKind kind,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      String onValue,
      String offValue,
      String... documentedValues) {
    this(
        key,
        kind,
        defaultValue,
        accepted,
        source,
        onValue,
        offValue,
        ImmutableList.copyOf(documentedValues));
  }

  BtcalParameter(
      String key,
      ValueKind kind,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      String onValue,
      String offValue,
      ImmutableList<String> documentedValues) {
    this.key = key;
    this.valueKind = kind;
    this.defaultValue = defaultValue;
    this.accepted = accepted;
    this.source = source;
    this.onValue = onValue;
    this.offValue = offValue;
    this.documentedValues = documentedValues;
  }

  private static <E extends Enum<E> & IniEnum> ImmutableList<String> iniValues(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(IniEnum::iniValue)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The key as coexist writes it (the guide's spelling); for a family, the prefix before the
   * number.
   */
  public String key() {
    return key;
  }

  /**
   * Whether this entry is a numbered family ({@code BTNDR<code>}, {@code
   * BTMULTISCHEDREPORTTEXT<n>}).
   */
  public boolean isFamily() {
    return this == BTNDR || this == BTMULTISCHEDREPORTTEXT;
  }

  /**
   * The key of family member {@code number}, e.g. {@code BTNDR54}.
   *
   * @throws IllegalStateException for a parameter that is not a family
   * @throws IllegalArgumentException for a negative number
   */
  public String key(int number) {
    if (!isFamily()) {
      throw new IllegalStateException(name() + " is not a numbered family");
    }
    if (number < 0) {
      throw new IllegalArgumentException(key + " number must be 0 or more: " + number);
    }
    return key + number;
  }

  /** The shape of the value. */
  public ValueKind valueKind() {
    return valueKind;
  }

  /** What BTCal does without the key, and whether it is required. */
  public ParameterDefault defaultValue() {
    return defaultValue;
  }

  /** The accepted values, as the documentation describes them. */
  public String accepted() {
    return accepted;
  }

  /** Where the facts come from: the guide's section or appendix, and the fact sheet's section. */
  public String source() {
    return source;
  }

  /**
   * The values the documentation shows for this parameter (CHOICE and FLAG parameters); empty for
   * free text.
   */
  public ImmutableList<String> documentedValues() {
    return documentedValues;
  }

  /**
   * The token for on or off of a FLAG parameter.
   *
   * @throws IllegalStateException for a parameter that is not a FLAG
   */
  public String flag(boolean on) {
    if (valueKind != ValueKind.FLAG) {
      throw new IllegalStateException(name() + " is not a flag");
    }
    return on ? onValue : offValue;
  }

  /** Whether writing {@code value} relies on the documentation (always true for free text). */
  public boolean isDocumented(String value) {
    Objects.requireNonNull(value, "value");
    return documentedValues.isEmpty()
        || documentedValues.stream().anyMatch(v -> Ascii.equalsIgnoreCase(v, value));
  }

  /**
   * The parameter a notes.ini key belongs to, ignoring ASCII case; family members match their
   * prefix followed by digits ({@code BTNDR54}).
   */
  public static Optional<BtcalParameter> forKey(String key) {
    Objects.requireNonNull(key, "key");
    for (BtcalParameter parameter : values()) {
      if (parameter.isFamily()) {
        if (key.length() > parameter.key.length()
            && Ascii.equalsIgnoreCase(key.substring(0, parameter.key.length()), parameter.key)
            && isDigits(key.substring(parameter.key.length()))) {
          return Optional.of(parameter);
        }
      } else if (Ascii.equalsIgnoreCase(key, parameter.key)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** The parameters BTCal needs ({@link ParameterDefault#isRequired()}), in catalogue order. */
  public static ImmutableList<BtcalParameter> required() {
    return Arrays.stream(values())
        .filter(p -> p.defaultValue.isRequired())
        .collect(ImmutableList.toImmutableList());
  }
}
