package io.github.coexist.core.domino;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.IniEnum;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.validation.PlanPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The BTCal notes.ini parameters coexist knows, with what the documentation says of each: accepted
 * values, default, whether it is required, and where the fact comes from (sections of the BTCal
 * fact sheet {@code btcal-domain.md}, which cites the Quest guide's appendices). Where the
 * documentation is silent the catalogue says so ({@link ParameterDefault.Kind#UNKNOWN}) instead of
 * guessing. Keys coexist does not know pass through every merge untouched.
 *
 * <p>This is the one catalogue of the Domino side: the plan file's {@code domino} keys ({@link
 * #planKey()}, {@link #planValue}), the notes.ini emitter ({@link #valuesIn}) and the value rules
 * iterate it, and the size limit of a value is {@link ValueSize}. Adding a key: CONTRIBUTING.md,
 * "Adding a BTCal notes.ini key".
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
      text("foreignDomain", DominoSettings::foreignDomain, DominoSettings.Builder::foreignDomain),
      "BTEXCHANGEDOMAIN: the Foreign Domain BTCal serves.",
      ParameterDefault.required("BTCal shuts down without it"),
      "a Domino foreign-domain name, e.g. Exchange",
      "Appendix G (fact sheet 1a)"),
  /** Further foreign domains, each with its own Foreign Domain document. */
  BTALTEXCHANGEDOMAINS(
      "BTALTEXCHANGEDOMAINS",
      list(
          "altForeignDomains",
          DominoSettings::altForeignDomains,
          DominoSettings.Builder::altForeignDomains),
      "BTALTEXCHANGEDOMAINS: further foreign domains.",
      ParameterDefault.none(),
      "comma-separated foreign-domain names",
      "Appendix G (fact sheet 1a)"),
  /** The foreign-domain mailbox BTCal polls; the Foreign Domain document's gateway mail file. */
  BTEXCHANGEDB(
      "BTEXCHANGEDB",
      text(
          "foreignDomainMailbox",
          DominoSettings::foreignDomainMailbox,
          DominoSettings.Builder::foreignDomainMailbox),
      "BTEXCHANGEDB: the foreign-domain mailbox BTCal polls.",
      ParameterDefault.required("BTCal shuts down without it"),
      "a mailbox file name, e.g. btexchange.box",
      "Appendix G (fact sheet 1a)"),
  /** The schedule on which BTCal polls the foreign-domain mailbox. */
  BTDELAY(
      "BTDELAY",
      text("delay", DominoSettings::delay, DominoSettings.Builder::delay),
      "BTDELAY: BTCal's polling schedule.",
      ParameterDefault.unknown("neither the units nor the default are public"),
      "a polling schedule; units not documented",
      "Section 14 (fact sheet 1b)"),
  /** The Domino domain BTCal processes; set before a license is applied. */
  BTPROCESSDOMAIN(
      "BTPROCESSDOMAIN",
      text("processDomain", DominoSettings::processDomain, DominoSettings.Builder::processDomain),
      "BTPROCESSDOMAIN: must equal the license's process domain.",
      ParameterDefault.unknown(
          "only section 8 names it: it must be set before a license is applied"),
      "a Domino domain name (the license's process domain)",
      "Section 8 (fact sheet 5, 7)"),
  /** What ZApp does with the bodies of mail bound for Exchange. */
  BTZAPPSUPPORT(
      "BTZAPPSUPPORT",
      choice(
          "zappSupport",
          ZappSupport.class,
          DominoSettings::zappSupport,
          DominoSettings.Builder::zappSupport),
      "BTZAPPSUPPORT: 0..3; anything but 0 needs a license with ZApp.",
      ParameterDefault.unknown("not stated; 0 means ZApp not used or not licensed"),
      "0 none, 1 document store and link, 2 attachment, 3 both",
      "Appendix A (fact sheet 1c)",
      iniValues(ZappSupport.class)),
  /** 1: mail with the item $BTZAppBypass="1" skips ZApp. */
  BTZAPPBYPASS(
      "BTZAPPBYPASS",
      flag("zappBypass", DominoSettings::zappBypass, DominoSettings.Builder::zappBypass),
      "BTZAPPBYPASS.",
      ParameterDefault.unknown("not stated"),
      "1 to honour $BTZAppBypass",
      "ZApp KB (fact sheet 1c)",
      "1",
      "0",
      "1"),
  /** Field names whose presence makes mail skip ZApp. */
  BTZAPPBYPASSDOCSWITHFIELDS(
      "BTZappByPassDocsWithFields",
      list(
          "zappBypassDocsWithFields",
          DominoSettings::zappBypassDocsWithFields,
          DominoSettings.Builder::zappBypassDocsWithFields),
      "BTZappByPassDocsWithFields.",
      ParameterDefault.unknown("not stated"),
      "a list of field names (separator not documented; coexist writes commas)",
      "ZApp KB (fact sheet 1c)"),
  /** 1: encrypted mail is ZApped (also the fallback when decryption is impossible). */
  BTZAPPCHECKENCRYPT(
      "BTZAPPCHECKENCRYPT",
      flag(
          "zappCheckEncrypt",
          DominoSettings::zappCheckEncrypt,
          DominoSettings.Builder::zappCheckEncrypt),
      "BTZAPPCHECKENCRYPT.",
      ParameterDefault.unknown("not stated"),
      "1 to ZApp encrypted mail",
      "ZApp KB (fact sheet 1c, 1d)",
      "1",
      "0",
      "1"),
  /** 1: mail with stored forms and an empty Form field is skipped. */
  BTZAPPIGNORESTOREDFORMS(
      "BTZAPPIGNORESTOREDFORMS",
      flag(
          "zappIgnoreStoredForms",
          DominoSettings::zappIgnoreStoredForms,
          DominoSettings.Builder::zappIgnoreStoredForms),
      "BTZAPPIGNORESTOREDFORMS.",
      ParameterDefault.unknown("not stated"),
      "1 to skip mail with stored forms",
      "ZApp KB (fact sheet 1c)",
      "1",
      "0",
      "1"),
  /** The Form names that are ZApped. */
  BTZAPPPROCESSFORMS(
      "BTZAPPPROCESSFORMS",
      list(
          "zappProcessForms",
          DominoSettings::zappProcessForms,
          DominoSettings.Builder::zappProcessForms),
      "BTZAPPPROCESSFORMS.",
      ParameterDefault.unknown("not stated"),
      "a list of Form names (separator not documented; coexist writes commas)",
      "ZApp KB (fact sheet 1c)"),
  /** On-the-fly encryption and decryption. */
  BTENCRYPTDECRYPT(
      "BTEncryptDecrypt",
      choice(
          "encryptDecrypt",
          EncryptDecrypt.class,
          DominoSettings::encryptDecrypt,
          DominoSettings.Builder::encryptDecrypt),
      "BTEncryptDecrypt: 0..3.",
      ParameterDefault.value("0"),
      "0 disabled, 1 encrypt and decrypt, 2 decrypt only, 3 encrypt only",
      "Appendix C (fact sheet 1d)",
      iniValues(EncryptDecrypt.class)),
  /** 1: BTCal holds back encrypted Domino-to-Exchange items and decrypts them. */
  BTIDVAULT(
      "BTIDVault",
      flag("idVault", DominoSettings::idVault, DominoSettings.Builder::idVault),
      "BTIDVault.",
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
      choice(
          "idFileLocation",
          IdFileLocation.class,
          DominoSettings::idFileLocation,
          DominoSettings.Builder::idFileLocation),
      "BTIDFileLocation.",
      ParameterDefault.value("BTIDVaultDB"),
      "BTIDVaultDB, FileSystem, PersonDoc, DominoIDV, DominoIDV2 or PerUser",
      "Appendix C (fact sheet 1d)",
      iniValues(IdFileLocation.class)),
  /** File name of the BTIDVault database. */
  BTIDVAULTDB(
      "BTIDVaultDB",
      text("idVaultDb", DominoSettings::idVaultDb, DominoSettings.Builder::idVaultDb),
      "BTIDVaultDB.",
      ParameterDefault.unknown("not stated"),
      "a database file name",
      "Appendix C (fact sheet 1d)"),
  /** Directory of the senders' ID files when BTIDFileLocation=FileSystem. */
  BTIDSDIR(
      "BTIDsDir",
      text("idsDir", DominoSettings::idsDir, DominoSettings.Builder::idsDir),
      "BTIDsDir.",
      ParameterDefault.unknown("not stated"),
      "a directory",
      "Appendix C (fact sheet 1d)"),
  /** An ID used for decryption; its account must be in the BCC of the item. */
  BTDECRYPTID(
      "BTDecryptID",
      text("decryptId", DominoSettings::decryptId, DominoSettings.Builder::decryptId),
      "BTDecryptID.",
      ParameterDefault.unknown("not stated"),
      "an ID file",
      "Appendix C (fact sheet 1d)"),
  /** 1: every Notes-encrypted item bound for Exchange is refused with an NDR (text: BTNDR54). */
  BTBLOCKNOTESENCRYPTED(
      "BTBlockNotesEncrypted",
      flag(
          "blockNotesEncrypted",
          DominoSettings::blockNotesEncrypted,
          DominoSettings.Builder::blockNotesEncrypted),
      "BTBlockNotesEncrypted.",
      ParameterDefault.described("off (the value that means off is not shown)"),
      "1 to block",
      "Appendix D (fact sheet 1d)",
      "1",
      "0",
      "1"),
  /** N: a meeting an Outlook user forwards to a Notes delegate is let through instead of NDRed. */
  BTDELEGATENDR(
      "BTDelegateNDR",
      flag("delegateNdr", DominoSettings::delegateNdr, DominoSettings.Builder::delegateNdr),
      "BTDelegateNDR.",
      ParameterDefault.described("NDR on (the value is not shown)"),
      "N to let forwarded meetings through",
      "Appendix L (fact sheet 1e)",
      "Y",
      "N",
      "N"),
  /** {@code BTNDR<code>}: the text of the NDR with that code (54: blocked encrypted mail). */
  BTNDR(
      "BTNDR",
      numbered("ndrTexts", DominoSettings::ndrTexts, DominoSettings.Builder::ndrTexts),
      "BTNDR<code>: custom NDR texts by NDR code.",
      ParameterDefault.described("BTCal's own text"),
      "the NDR text; the code table (Appendix K) is not public, only 54 is known",
      "Appendices D, K (fact sheet 1d, 4)"),
  /** {@code BTMULTISCHEDREPORTTEXT<n>}: lines of the unsupported-repeating-meeting notice. */
  BTMULTISCHEDREPORTTEXT(
      "BTMULTISCHEDREPORTTEXT",
      lines(
          "multiSchedReportTexts",
          DominoSettings::multiSchedReportTexts,
          DominoSettings.Builder::multiSchedReportTexts),
      "BTMULTISCHEDREPORTTEXT1..n: lines of the repeating-meeting notice.",
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
  private final Access access;
  private final String summary;
  private final ParameterDefault defaultValue;
  private final String accepted;
  private final String source;
  private final String onValue;
  private final String offValue;
  private final ImmutableList<String> documentedValues;

  BtcalParameter(
      String key,
      Access access,
      String summary,
      ParameterDefault defaultValue,
      String accepted,
      String source) {
    this(key, access, summary, defaultValue, accepted, source, ImmutableList.of());
  }

  BtcalParameter(
      String key,
      Access access,
      String summary,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      ImmutableList<String> documentedValues) {
    this(key, access, summary, defaultValue, accepted, source, null, null, documentedValues);
  }

  BtcalParameter(
      String key,
      Access access,
      String summary,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      String onValue,
      String offValue,
      String... documentedValues) {
    this(
        key,
        access,
        summary,
        defaultValue,
        accepted,
        source,
        onValue,
        offValue,
        ImmutableList.copyOf(documentedValues));
  }

  BtcalParameter(
      String key,
      Access access,
      String summary,
      ParameterDefault defaultValue,
      String accepted,
      String source,
      String onValue,
      String offValue,
      ImmutableList<String> documentedValues) {
    this.key = key;
    this.access = access;
    this.summary = summary;
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
    return access.form != PlanForm.OPTIONAL && access.kind == ValueKind.TEXT;
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
    return access.kind;
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
    if (access.kind != ValueKind.FLAG) {
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

  /**
   * The attribute of {@code domino} in the plan that holds the value, e.g. {@code foreignDomain}.
   */
  public String planKey() {
    return access.planKey;
  }

  /** One line on the plan key, for the plan file's schema, e.g. {@code "BTDELAY: ..."}. */
  public String summary() {
    return summary;
  }

  /** How the plan file holds the value: one value, a list, or a mapping by number. */
  public PlanForm planForm() {
    return access.form;
  }

  /** The enumeration of a CHOICE parameter's values; empty for the others. */
  public Optional<Class<? extends IniEnum>> choiceType() {
    return Optional.ofNullable(access.choices);
  }

  /**
   * The value as {@code domino} holds it: an {@code Optional} for {@link PlanForm#OPTIONAL} (of a
   * String, Boolean or the {@link #choiceType()}), a {@code List<String>} for {@link
   * PlanForm#LIST}, a {@code Map<Integer, String>} for {@link PlanForm#NUMBERED}. For plan readers
   * and writers, which handle values by their shape.
   */
  public Object planValue(DominoSettings domino) {
    return access.getter.apply(Objects.requireNonNull(domino, "domino"));
  }

  /**
   * Sets the value in {@code builder}: for {@link PlanForm#OPTIONAL} the value itself (a String,
   * Boolean or {@link #choiceType()} constant), else a list or a mapping as {@link #planValue}
   * returns.
   *
   * @throws ClassCastException for a value of another type
   */
  public void setPlanValue(DominoSettings.Builder builder, Object value) {
    Objects.requireNonNull(builder, "builder");
    access.setter.accept(builder, Objects.requireNonNull(value, "value"));
  }

  /**
   * The notes.ini values {@code domino} sets, in catalogue order: flags as their tokens, choices as
   * their notes.ini values, lists as their items, numbered families one value per member. A
   * parameter the plan leaves out has none.
   */
  public static ImmutableList<BtcalValue> valuesIn(DominoSettings domino) {
    Objects.requireNonNull(domino, "domino");
    ImmutableList.Builder<BtcalValue> values = ImmutableList.builder();
    for (BtcalParameter parameter : values()) {
      parameter.access.values(parameter, domino, values);
    }
    return values.build();
  }

  /** How the plan file holds a parameter's value. */
  public enum PlanForm {
    /** One value, or none. */
    OPTIONAL,
    /** A list; for a list parameter the items are joined by commas, for a family numbered 1..n. */
    LIST,
    /** A mapping from a number to a text ({@code BTNDR<code>}). */
    NUMBERED
  }

  private static final PlanPath DOMINO = PlanPath.root("domino");

  private static Access text(
      String planKey,
      Function<DominoSettings, Optional<String>> getter,
      BiConsumer<DominoSettings.Builder, String> setter) {
    return new Access(planKey, ValueKind.TEXT, PlanForm.OPTIONAL, null, getter, setter);
  }

  private static Access list(
      String planKey,
      Function<DominoSettings, List<String>> getter,
      BiConsumer<DominoSettings.Builder, List<String>> setter) {
    return new Access(planKey, ValueKind.TEXT_LIST, PlanForm.LIST, null, getter, setter);
  }

  private static Access lines(
      String planKey,
      Function<DominoSettings, List<String>> getter,
      BiConsumer<DominoSettings.Builder, List<String>> setter) {
    return new Access(planKey, ValueKind.TEXT, PlanForm.LIST, null, getter, setter);
  }

  private static Access numbered(
      String planKey,
      Function<DominoSettings, Map<Integer, String>> getter,
      BiConsumer<DominoSettings.Builder, Map<Integer, String>> setter) {
    return new Access(planKey, ValueKind.TEXT, PlanForm.NUMBERED, null, getter, setter);
  }

  private static <E extends Enum<E> & IniEnum> Access choice(
      String planKey,
      Class<E> type,
      Function<DominoSettings, Optional<E>> getter,
      BiConsumer<DominoSettings.Builder, E> setter) {
    return new Access(planKey, ValueKind.CHOICE, PlanForm.OPTIONAL, type, getter, setter);
  }

  private static Access flag(
      String planKey,
      Function<DominoSettings, Optional<Boolean>> getter,
      BiConsumer<DominoSettings.Builder, Boolean> setter) {
    return new Access(planKey, ValueKind.FLAG, PlanForm.OPTIONAL, null, getter, setter);
  }

  /**
   * Where the plan holds a parameter: made only by the typed factories above, so that getter,
   * setter, kind and form agree; the casts below rely on that.
   */
  private static final class Access {
    final String planKey;
    final ValueKind kind;
    final PlanForm form;
    final Class<? extends IniEnum> choices;
    final Function<DominoSettings, ?> getter;
    final BiConsumer<DominoSettings.Builder, Object> setter;

    @SuppressWarnings("unchecked")
    <V> Access(
        String planKey,
        ValueKind kind,
        PlanForm form,
        Class<? extends IniEnum> choices,
        Function<DominoSettings, ?> getter,
        BiConsumer<DominoSettings.Builder, V> setter) {
      this.planKey = planKey;
      this.kind = kind;
      this.form = form;
      this.choices = choices;
      this.getter = getter;
      this.setter = (BiConsumer<DominoSettings.Builder, Object>) setter;
    }

    void values(
        BtcalParameter parameter, DominoSettings domino, ImmutableList.Builder<BtcalValue> out) {
      PlanPath path = DOMINO.key(planKey);
      Object value = getter.apply(domino);
      switch (form) {
        case OPTIONAL ->
            ((Optional<?>) value)
                .ifPresent(
                    v ->
                        out.add(
                            new BtcalValue(
                                parameter,
                                parameter.key,
                                path,
                                ImmutableList.of(token(parameter, v)),
                                false)));
        case LIST -> {
          List<?> items = (List<?>) value;
          if (kind == ValueKind.TEXT_LIST) {
            if (!items.isEmpty()) {
              out.add(
                  new BtcalValue(
                      parameter,
                      parameter.key,
                      path,
                      items.stream()
                          .map(String.class::cast)
                          .collect(ImmutableList.toImmutableList()),
                      true));
            }
          } else {
            for (int i = 0; i < items.size(); i++) {
              out.add(
                  new BtcalValue(
                      parameter,
                      parameter.key + (i + 1),
                      path.index(i),
                      ImmutableList.of((String) items.get(i)),
                      false));
            }
          }
        }
        default -> {
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            out.add(
                new BtcalValue(
                    parameter,
                    parameter.key + entry.getKey(),
                    path.key(String.valueOf(entry.getKey())),
                    ImmutableList.of((String) entry.getValue()),
                    false));
          }
        }
      }
    }

    private String token(BtcalParameter parameter, Object value) {
      return switch (kind) {
        case FLAG -> parameter.flag((Boolean) value);
        case CHOICE -> ((IniEnum) value).iniValue();
        default -> (String) value;
      };
    }
  }
}
