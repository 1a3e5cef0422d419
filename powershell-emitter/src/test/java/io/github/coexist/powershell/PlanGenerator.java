package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnectorUsage;
import io.github.coexist.core.model.RecipientType;
import io.github.coexist.core.model.SendConnectorUsage;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.value.SmtpDomain;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Fixed-seed generator of valid plans: random objects of every kind the environment has, random
 * subsets of the attributes that exist on the platform, random values of each attribute's type
 * (names from a hostile alphabet), and the structural choices Microsoft's parameter sets demand (a
 * usage or one usage switch, Bindings/RemoteIPRanges per usage, address policy templates and
 * recipients, SmartHosts with DNSRoutingEnabled/UseMXRecord $false).
 */
final class PlanGenerator {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** Characters names are drawn from: quotes of every kind, dashes, PowerShell syntax, Unicode. */
  static final String HOSTILE =
      "abcXYZ019 .-_@\\/'\u2018\u2019\u201A\u201B\"\u201C\u201D\u201E`$(){}[];|&#<>,:%*"
          + "\u2013\u2014\u2015\u2010\u00E9\u4E2D\u00A0\u200D";

  private static final Map<String, List<String>> SAMPLES =
      Map.of(
          "SmtpDomain", List.of("domino.example.com", "*.example.org", "x1.example.net"),
          "IpRange", List.of("10.1.1.1", "10.2.0.0/24", "10.3.0.1-10.3.0.9"),
          "IpAddress", List.of("10.1.1.7", "192.0.2.10"),
          "Binding", List.of("0.0.0.0:25", "10.0.0.5:2525"),
          "SmartHost", List.of("10.1.1.5", "smtp.example.com"),
          "AddressSpace", List.of("SMTP:domino.example.com;1", "SMTP:*.example.org;5"),
          "EmailAddressTemplate", List.of("SMTP:%m@example.com", "smtp:%g.%s@example.com"),
          "ByteQuantity", List.of("25MB", "unlimited", "10KB"),
          "TimeSpan", List.of("00:05:00", "1.00:00:00"),
          "CountLimit", List.of("100", "unlimited"));

  /** Attributes set by the structural choices (or never: credentials are not plan data). */
  private static final Set<String> STRUCTURAL =
      Set.of(
          "name",
          "usage",
          "custom",
          "internal",
          "internet",
          "partner",
          "client",
          "bindings",
          "remoteIpRanges",
          "server",
          "addressSpaces",
          "dnsRoutingEnabled",
          "smartHosts",
          "useMxRecord",
          "senderDomains",
          "domainName",
          "domainType",
          "authenticationCredential",
          "advertiseClientSettings",
          "linkedReceiveConnector",
          "authMechanism",
          "permissionGroups");

  private final Random random;
  private final Platform platform;

  private PlanGenerator(long seed, Platform platform) {
    this.random = new Random(seed);
    this.platform = platform;
  }

  /** A valid plan of {@code environment} from {@code seed}. */
  static ValidatedPlan valid(Environment environment, long seed) {
    return validate(plan(environment, seed));
  }

  static ValidatedPlan validate(CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(DAY)).requireValid();
  }

  static CoexistencePlan plan(Environment environment, long seed) {
    Random pick = new Random(seed);
    ExchangeVersion version =
        ExchangeVersion.values()[pick.nextInt(ExchangeVersion.values().length)];
    Platform platform =
        environment == Environment.EXCHANGE_ONLINE ? Platform.EXCHANGE_ONLINE : version.platform();
    return new PlanGenerator(seed * 31 + 7, platform).build(environment, version);
  }

  private CoexistencePlan build(Environment environment, ExchangeVersion version) {
    var plan =
        CoexistencePlan.builder()
            .environment(environment)
            .organization(text(12))
            .domains(Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com"))
            .addCoexistenceServers(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"));
    boolean online = environment == Environment.EXCHANGE_ONLINE;
    if (online) {
      plan.tenant(SmtpDomain.parse("contoso.onmicrosoft.com"));
      int connection = random.nextInt(3);
      if (connection == 1) {
        plan.connection(Connection.builder().userPrincipalName(text(10)).build());
      } else if (connection == 2) {
        plan.connection(
            Connection.builder().appId(text(8)).certificateThumbprint("A1B2C3D4E5F6").build());
      }
    } else {
      plan.exchangeVersion(version).addTransportServers("EX01", "EX02");
    }
    List<ObjectKind> kinds =
        online
            ? List.of(
                ObjectKind.REMOTE_DOMAIN,
                ObjectKind.ACCEPTED_DOMAIN,
                ObjectKind.OUTBOUND_CONNECTOR,
                ObjectKind.INBOUND_CONNECTOR)
            : List.of(
                ObjectKind.REMOTE_DOMAIN,
                ObjectKind.ACCEPTED_DOMAIN,
                ObjectKind.EMAIL_ADDRESS_POLICY,
                ObjectKind.SEND_CONNECTOR,
                ObjectKind.RECEIVE_CONNECTOR);
    for (ObjectKind kind : kinds) {
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        add(plan, object(kind, i));
      }
    }
    return plan.build();
  }

  private static void add(Object planBuilder, ExchangeObject object) {
    String adder = "add" + object.kind().noun();
    try {
      for (Method m : planBuilder.getClass().getMethods()) {
        if (m.getName().equals(adder)
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0].isInstance(object)) {
          m.invoke(planBuilder, object);
          return;
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no " + adder);
  }

  private ExchangeObject object(ObjectKind kind, int index) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> nulls = new ArrayList<>();
    values.put("name", text(1 + random.nextInt(20)) + index);
    structural(kind, values);
    List<Attribute> free = new ArrayList<>();
    for (Attribute a : kind.attributes()) {
      if (!STRUCTURAL.contains(a.key())
          && a.existsOn(platform)
          && !(kind == ObjectKind.EMAIL_ADDRESS_POLICY)) {
        free.add(a);
      }
    }
    int extra = random.nextInt(7);
    for (int i = 0; i < extra && !free.isEmpty(); i++) {
      Attribute a = free.remove(random.nextInt(free.size()));
      if (a.nullable() && !a.switchParameter() && nullableEnum(a) && random.nextInt(8) == 0) {
        nulls.add(a.key());
      } else {
        values.put(a.key(), value(a));
      }
    }
    return build(kind, values, nulls);
  }

  /** Enumerated attributes take $null only where the reference lists it. */
  private static boolean nullableEnum(Attribute a) {
    return !a.valueType().isEnum()
        || Set.of("tlsSettings", "characterSet", "nonMimeCharacterSet").contains(a.key());
  }

  /** The choices Microsoft's parameter sets and the reference's rules demand. */
  private void structural(ObjectKind kind, Map<String, Object> values) {
    boolean online = platform == Platform.EXCHANGE_ONLINE;
    switch (kind) {
      case REMOTE_DOMAIN -> {
        if (random.nextInt(5) > 0) {
          values.put("domainName", sample("SmtpDomain"));
        }
      }
      case ACCEPTED_DOMAIN -> {
        if (!online && random.nextInt(5) > 0) {
          values.put("domainName", sample("SmtpDomain"));
        }
        if (random.nextBoolean()) {
          // ExternalRelay is on-premises only (the reference's rule).
          values.put(
              "domainType",
              online
                  ? (random.nextBoolean()
                      ? AcceptedDomainType.AUTHORITATIVE
                      : AcceptedDomainType.INTERNAL_RELAY)
                  : pick(AcceptedDomainType.values()));
        }
      }
      case EMAIL_ADDRESS_POLICY -> addressPolicy(values);
      case SEND_CONNECTOR -> {
        values.put("addressSpaces", List.of(sample("AddressSpace")));
        usage(
            values,
            SendConnectorUsage.values(),
            List.of("custom", "internal", "internet", "partner"));
        if (random.nextBoolean()) {
          values.put("dnsRoutingEnabled", false);
          values.put("smartHosts", List.of(sample("SmartHost"), "10.9.9.9"));
        }
      }
      case RECEIVE_CONNECTOR -> {
        values.put("server", random.nextBoolean() ? "EX01" : "EX02");
        String usage =
            usage(
                values,
                ReceiveConnectorUsage.values(),
                List.of("custom", "internal", "internet", "partner", "client"));
        if (usage.equals("custom") || usage.equals("partner") || usage.equals("internet")) {
          values.put("bindings", List.of(sample("Binding")));
        }
        if (!usage.equals("internet")) {
          values.put("remoteIpRanges", List.of(sample("IpRange"), "10.1.1.2"));
        }
        if (random.nextBoolean()) {
          values.put(
              "authMechanism", List.of(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE));
          values.put("permissionGroups", List.of(PermissionGroup.EXCHANGE_SERVERS));
        }
      }
      case OUTBOUND_CONNECTOR -> {
        if (random.nextBoolean()) {
          values.put("useMxRecord", false);
          values.put("smartHosts", List.of(sample("SmartHost")));
        }
      }
      case INBOUND_CONNECTOR -> {
        if (random.nextInt(5) > 0) {
          values.put("senderDomains", List.of(sample("SmtpDomain"), "contoso.com"));
        }
      }
    }
  }

  /** -Usage, one usage switch, or neither (when the cmdlet allows it); returns the usage chosen. */
  private String usage(Map<String, Object> values, ExchangeEnum[] usages, List<String> switches) {
    int choice = random.nextInt(3);
    String chosen = switches.get(random.nextInt(switches.size()));
    if (choice == 0) {
      for (ExchangeEnum usage : usages) {
        if (usage.exchangeName().equalsIgnoreCase(chosen)) {
          values.put("usage", usage);
        }
      }
    } else if (choice == 1) {
      values.put(chosen, true);
    } else if (switches.contains("client")) {
      // New-ReceiveConnector has no set without a usage: fall back to -Usage.
      values.put("usage", usages[0]);
      chosen = usages[0].exchangeName().toLowerCase(java.util.Locale.ROOT);
    } else {
      chosen = "custom";
    }
    return chosen;
  }

  private void addressPolicy(Map<String, Object> values) {
    boolean allTemplates = random.nextBoolean();
    if (allTemplates) {
      values.put(
          "enabledEmailAddressTemplates",
          List.of("SMTP:%m@contoso.com", "smtp:%m@exch.contoso.com"));
    } else {
      values.put("enabledPrimarySmtpAddressTemplate", "%m@" + "contoso.com");
    }
    if (random.nextBoolean()) {
      values.put(
          "includedRecipients",
          random.nextInt(4) == 0
              ? List.of(RecipientType.ALL_RECIPIENTS)
              : List.of(RecipientType.MAILBOX_USERS, RecipientType.RESOURCES));
      if (random.nextBoolean()) {
        values.put("conditionalDepartment", List.of(text(6), text(4)));
      }
    } else {
      values.put("recipientFilter", "Department -eq " + text(6));
    }
    if (random.nextBoolean()) {
      values.put("priority", "1");
    }
    if (random.nextBoolean()) {
      values.put("recipientContainer", text(10));
    }
    if (allTemplates && random.nextBoolean()) {
      values.put("disabledEmailAddressTemplates", List.of("smtp:%s@contoso.com"));
    }
  }

  private Object value(Attribute a) {
    if (a.multiValued()) {
      List<Object> list = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        list.add(single(a));
      }
      return list;
    }
    return single(a);
  }

  private Object single(Attribute a) {
    Class<?> type = a.valueType();
    if (a.switchParameter()) {
      return random.nextBoolean();
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class) {
      return random.nextInt(100);
    }
    if (a.key().equals("tlsDomainCapabilities")) {
      return (random.nextBoolean() ? "contoso.com" : "NO-TLS") + ":AcceptCloudServicesMail";
    }
    if (type == String.class) {
      return text(1 + random.nextInt(16));
    }
    if (type.isEnum()) {
      return pick(type.getEnumConstants());
    }
    return sample(type.getSimpleName());
  }

  private String sample(String type) {
    List<String> samples = SAMPLES.get(type);
    if (samples == null) {
      throw new AssertionError("no samples for " + type);
    }
    return samples.get(random.nextInt(samples.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Random text from {@link #HOSTILE}; never control characters. */
  String text(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
    }
    return s.toString();
  }

  /**
   * Builds an object through its generated builder: each attribute by its plan key (the builder's
   * Optional or Iterable setter), value types parsed from text.
   */
  static ExchangeObject build(ObjectKind kind, Map<String, Object> values, List<String> nulls) {
    try {
      Class<?> immutable = Class.forName("io.github.coexist.core.model.Immutable" + kind.noun());
      Object builder = immutable.getMethod("builder").invoke(null);
      for (Map.Entry<String, Object> e : values.entrySet()) {
        Attribute a = kind.attribute(e.getKey()).orElseThrow(() -> new AssertionError(e.getKey()));
        Object value = e.getValue();
        if (a.multiValued()) {
          List<Object> typed = new ArrayList<>();
          for (Object v : (List<?>) value) {
            typed.add(typed(a.valueType(), v));
          }
          setter(builder, a.key(), Iterable.class).invoke(builder, typed);
        } else if (a.key().equals("name")) {
          setter(builder, "name", String.class).invoke(builder, value);
        } else {
          setter(builder, a.key(), Optional.class)
              .invoke(builder, Optional.of(typed(a.valueType(), value)));
        }
      }
      for (String key : nulls) {
        setter(builder, "addExplicitNull", String.class).invoke(builder, key);
      }
      return (ExchangeObject) builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object typed(Class<?> type, Object value) throws ReflectiveOperationException {
    if (type.isInstance(value)) {
      return value;
    }
    return type.getMethod("parse", String.class).invoke(null, value);
  }

  private static Method setter(Object builder, String name, Class<?> parameter) {
    return Arrays.stream(builder.getClass().getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
        .filter(m -> m.getParameterTypes()[0] == parameter)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no setter " + name + "(" + parameter + ")"));
  }

  static List<Long> seeds(int count) {
    ImmutableList.Builder<Long> seeds = ImmutableList.builder();
    for (long i = 1; i <= count; i++) {
      seeds.add(i * 7919);
    }
    return seeds.build();
  }
}
