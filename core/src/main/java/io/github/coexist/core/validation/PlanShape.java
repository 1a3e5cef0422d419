package io.github.coexist.core.validation;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link PlanPath} points at, so the next key can be checked: a record of the plan model
 * (its keys), a list, a map, or a leaf value. The keys of an Exchange object are its kind's
 * attributes (the generated {@code AttributeTable}) and the few plan keys that are no Exchange
 * parameter; the rest of the plan (domains, servers, Domino settings, license) is described here.
 * {@code PlanShapeTest} holds this description against the model's types, so a key added to the
 * model and not here fails a test.
 */
final class PlanShape {
  private enum Form {
    RECORD,
    LIST,
    MAP,
    LEAF
  }

  private static final PlanShape STRING = leaf(String.class);
  private static final PlanShape BOOLEAN = leaf(Boolean.class);
  private static final PlanShape DOMAIN = leaf(SmtpDomain.class);

  private static final Map<ObjectKind, PlanShape> OBJECTS = objects();

  static final PlanShape PLAN = plan();

  private final Form form;

  /** The type's simple name (records and leaves), for messages. */
  private final String type;

  /** A record's keys and their shapes. */
  private final Map<String, PlanShape> keys;

  /** The element of a list, the value of a map. */
  private final PlanShape inner;

  private PlanShape(Form form, String type, Map<String, PlanShape> keys, PlanShape inner) {
    this.form = form;
    this.type = type;
    this.keys = keys;
    this.inner = inner;
  }

  /** The shape of an object of {@code kind}. */
  static PlanShape of(ObjectKind kind) {
    return OBJECTS.get(kind);
  }

  /** The shape of {@code key} below this one; {@code where} names this place in messages. */
  PlanShape key(String where, String key) {
    switch (form) {
      case RECORD -> {
        PlanShape shape = keys.get(key);
        if (shape == null) {
          throw new PlanPathException(where + " has no key \"" + key + "\" (a " + type + ")");
        }
        return shape;
      }
      case MAP -> {
        return inner;
      }
      case LIST ->
          throw new PlanPathException(
              where + " is a list: give an index, not the key \"" + key + "\"");
      default ->
          throw new PlanPathException(
              where + " is a " + type + " value: it has no key \"" + key + "\"");
    }
  }

  /** The shape of an element below this one. */
  PlanShape element(String where) {
    return switch (form) {
      case LIST, MAP -> inner;
      default -> throw new PlanPathException(where + " is not a list: it has no index");
    };
  }

  /** A record's keys; empty for other shapes. */
  Set<String> keys() {
    return keys.keySet();
  }

  /** {@code record SendConnector}, {@code list}, {@code map}, {@code leaf String}: for tests. */
  @Override
  public String toString() {
    return switch (form) {
      case RECORD -> "record " + type;
      case LIST -> "list";
      case MAP -> "map";
      case LEAF -> "leaf " + type;
    };
  }

  private static PlanShape leaf(Class<?> type) {
    return new PlanShape(Form.LEAF, type.getSimpleName(), Map.of(), null);
  }

  private static PlanShape list(PlanShape element) {
    return new PlanShape(Form.LIST, "", Map.of(), element);
  }

  private static PlanShape map(PlanShape value) {
    return new PlanShape(Form.MAP, "", Map.of(), value);
  }

  /** A record of {@code type} with {@code keys}: key, shape, key, shape, ... */
  private static PlanShape record(Class<?> type, Object... keys) {
    Map<String, PlanShape> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i += 2) {
      map.put((String) keys[i], (PlanShape) keys[i + 1]);
    }
    return new PlanShape(Form.RECORD, type.getSimpleName(), Map.copyOf(map), null);
  }

  /**
   * Each kind's attributes from the generated table; {@code updateSecondaryAddressesOnly} is how
   * the script applies an address policy, a plan key and no parameter. {@code explicitNulls} is how
   * {@code null} keys are held, no key.
   */
  private static Map<ObjectKind, PlanShape> objects() {
    Map<ObjectKind, PlanShape> objects = new EnumMap<>(ObjectKind.class);
    for (ObjectKind kind : ObjectKind.values()) {
      Map<String, PlanShape> keys = new LinkedHashMap<>();
      for (Attribute a : kind.attributes()) {
        PlanShape value = leaf(a.valueType());
        keys.put(a.key(), a.multiValued() ? list(value) : value);
      }
      if (kind == ObjectKind.EMAIL_ADDRESS_POLICY) {
        keys.put("updateSecondaryAddressesOnly", leaf(boolean.class));
      }
      objects.put(
          kind, new PlanShape(Form.RECORD, kind.type().getSimpleName(), Map.copyOf(keys), null));
    }
    return objects;
  }

  private static PlanShape plan() {
    PlanShape domains =
        record(
            Domains.class, "primary", DOMAIN, "dominoRouting", DOMAIN, "exchangeRouting", DOMAIN);
    PlanShape server =
        record(
            CoexistenceServer.class,
            "name",
            STRING,
            "address",
            leaf(IpAddress.class),
            "publicAddress",
            leaf(HostAddress.class));
    PlanShape connection =
        record(
            Connection.class,
            "appId",
            STRING,
            "certificateThumbprint",
            STRING,
            "userPrincipalName",
            STRING);
    PlanShape license =
        record(
            LicenseFacts.class,
            "type",
            leaf(LicenseType.class),
            "licensee",
            STRING,
            "generated",
            leaf(LocalDate.class),
            "expires",
            leaf(LocalDate.class),
            "processDomain",
            STRING,
            "adminEmail",
            STRING,
            "features",
            map(STRING),
            "serverPath",
            STRING);
    Map<String, PlanShape> keys = new LinkedHashMap<>();
    keys.put("formatVersion", leaf(int.class));
    keys.put("environment", leaf(Environment.class));
    keys.put("exchangeVersion", leaf(ExchangeVersion.class));
    keys.put("mailExchanger", leaf(MailExchanger.class));
    keys.put("organization", STRING);
    keys.put("tenant", DOMAIN);
    keys.put("domains", domains);
    keys.put("coexistenceServers", list(server));
    keys.put("transportServers", list(STRING));
    keys.put("connection", connection);
    for (ObjectKind kind : ObjectKind.values()) {
      keys.put(kind.planKey(), list(OBJECTS.get(kind)));
    }
    keys.put("domino", domino());
    keys.put("license", license);
    return new PlanShape(
        Form.RECORD, CoexistencePlan.class.getSimpleName(), Map.copyOf(keys), null);
  }

  private static PlanShape domino() {
    PlanShape globalDomain =
        record(
            GlobalDomain.class,
            "name",
            STRING,
            "primaryInternetDomain",
            DOMAIN,
            "internetDomainAliases",
            list(DOMAIN));
    PlanShape directory =
        record(
            DominoDirectory.class,
            "notesDomain",
            STRING,
            "globalDomain",
            globalDomain,
            "exchangeRelayHost",
            leaf(SmartHost.class));
    return record(
        DominoSettings.class,
        "foreignDomain",
        STRING,
        "altForeignDomains",
        list(STRING),
        "foreignDomainMailbox",
        STRING,
        "delay",
        STRING,
        "processDomain",
        STRING,
        "zappSupport",
        leaf(ZappSupport.class),
        "zappBypass",
        BOOLEAN,
        "zappBypassDocsWithFields",
        list(STRING),
        "zappCheckEncrypt",
        BOOLEAN,
        "zappIgnoreStoredForms",
        BOOLEAN,
        "zappProcessForms",
        list(STRING),
        "encryptDecrypt",
        leaf(EncryptDecrypt.class),
        "idVault",
        BOOLEAN,
        "idFileLocation",
        leaf(IdFileLocation.class),
        "idVaultDb",
        STRING,
        "idsDir",
        STRING,
        "decryptId",
        STRING,
        "blockNotesEncrypted",
        BOOLEAN,
        "delegateNdr",
        BOOLEAN,
        "ndrTexts",
        map(STRING),
        "multiSchedReportTexts",
        list(STRING),
        "notesIniCharset",
        leaf(NotesIniCharset.class),
        "directory",
        directory);
  }
}
