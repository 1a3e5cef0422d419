package io.github.coexist.testplans;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.model.ReceiveConnectorUsage;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-seed generator of valid plans. Each plan starts as a recommended plan for a random request
 * (domains, one to three coexistence and transport servers, version, TLS choice, connection), gets
 * names from a hostile alphabet, other usage forms (a usage switch instead of -Usage) and random
 * extra attributes of every type that exist on its platform; then the project's own rules judge it
 * and every addition a rule refuses is taken back, until the plan is valid. A seed whose plan
 * cannot be repaired is skipped, so {@link #validSeeds} is deterministic. Random plans that need
 * not be valid come from {@link PlanGenerator}.
 *
 * <pre>{@code
 * for (long seed : ValidPlans.validSeeds(Environment.EXCHANGE_ONLINE, 20)) {
 *   ValidatedPlan plan = ValidPlans.valid(Environment.EXCHANGE_ONLINE, seed);
 * }
 * }</pre>
 */
public final class ValidPlans {
  /** The day every plan is judged on. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** Visible characters names are drawn from: quotes of every kind, dashes, syntax, Unicode. */
  public static final String HOSTILE =
      "abcXYZ019 .-_@\\/'\u2018\u2019\u201A\u201B\"\u201C\u201D\u201E`$(){}[];|&#<>,:%*"
          + "\u2013\u2014\u2015\u2010\u00E9\u4E2D";

  private static final Map<String, List<String>> SAMPLES =
      Map.of(
          "SmtpDomain", List.of("partner.example.com", "*.example.org", "x1.example.net"),
          "IpRange", List.of("10.1.1.1", "10.2.0.0/24", "10.3.0.1-10.3.0.9"),
          "IpAddress", List.of("10.1.1.7", "192.0.2.10"),
          "Binding", List.of("0.0.0.0:25", "10.0.0.5:2525"),
          "SmartHost", List.of("10.1.1.5", "smtp.example.com"),
          "AddressSpace", List.of("SMTP:domino.example.com;1", "SMTP:*.example.org;5"),
          "EmailAddressTemplate", List.of("SMTP:%m@example.com", "smtp:%g.%s@example.com"),
          "ByteQuantity", List.of("25MB", "unlimited", "10KB"),
          "TimeSpan", List.of("00:05:00", "1.00:00:00"),
          "CountLimit", List.of("100", "unlimited"));

  /** Attributes whose values decide parameter sets or the coexistence itself: never added. */
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
          "recipientDomains",
          "domainName",
          "domainType",
          "authenticationCredential",
          "advertiseClientSettings",
          "linkedReceiveConnector",
          "authMechanism",
          "permissionGroups",
          "enabledEmailAddressTemplates",
          "enabledPrimarySmtpAddressTemplate",
          "includedRecipients",
          "recipientFilter",
          "includeUnifiedGroupRecipients",
          "managedByFilter",
          "disabledEmailAddressTemplates",
          "sourceTransportServers",
          "connectorType",
          "connectorSource");

  private static final Pattern OBJECT_PATH =
      Pattern.compile("([a-zA-Z]+)\\[([0-9]+)\\](?:\\.([a-zA-Z0-9]+))?.*");

  private final Random random;

  private ValidPlans(long seed) {
    this.random = new Random(seed);
  }

  private static final Map<String, List<Long>> SEEDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The first {@code count} seeds whose plans of {@code environment} are valid (memoised). */
  public static List<Long> validSeeds(Environment environment, int count) {
    return SEEDS.computeIfAbsent(environment + "/" + count, k -> findSeeds(environment, count));
  }

  private static List<Long> findSeeds(Environment environment, int count) {
    ImmutableList.Builder<Long> seeds = ImmutableList.builder();
    int found = 0;
    for (long seed = 1; found < count; seed++) {
      if (seed > count * 20L) {
        throw new AssertionError("too few valid plans: " + found + " of " + count);
      }
      if (tryPlan(environment, seed).isPresent()) {
        seeds.add(seed);
        found++;
      }
    }
    return seeds.build();
  }

  /** The valid plan of {@code environment} from {@code seed} (a seed of {@link #validSeeds}). */
  public static ValidatedPlan valid(Environment environment, long seed) {
    return validate(
        tryPlan(environment, seed)
            .orElseThrow(() -> new AssertionError("seed " + seed + " is not valid")));
  }

  /**
   * A plan judged by no rule, as a caller gets with a {@code RuleSet} that switched rules off:
   * proves that the emitters refuse on their own what they cannot write.
   */
  public static ValidatedPlan unchecked(CoexistencePlan plan) {
    return PlanValidator.of(RuleSet.empty())
        .validate(plan, ValidationContext.on(DAY))
        .requireValid();
  }

  /** Whether the project's rules find errors in {@code plan} at {@code path} or below it. */
  public static boolean rulesRefuse(CoexistencePlan plan, String path) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(DAY)).diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.ERROR && d.path().startsWith(path));
  }

  /** The recommended plan for the example request of {@code environment}. */
  public static CoexistencePlan recommended(Environment environment) {
    return RecommendedPlans.create(RecommendedPlans.example(environment));
  }

  /** The plan judged by the project's rules; fails when they find errors. */
  public static ValidatedPlan validate(CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(DAY)).requireValid();
  }

  /** The plan of {@code environment} from {@code seed}, if the rules accept it once repaired. */
  public static Optional<CoexistencePlan> tryPlan(Environment environment, long seed) {
    return new ValidPlans(seed * 7919 + 13).generate(environment);
  }

  /** Each object as editable values: the recommended ones and the ones this generator added. */
  private static final class Draft {
    final ObjectKind kind;
    final Map<String, Object> base = new LinkedHashMap<>();
    final Map<String, Object> added = new LinkedHashMap<>();
    final Set<String> addedNulls = new HashSet<>();
    final Set<String> baseNulls = new HashSet<>();

    Draft(ExchangeObject object) {
      kind = object.kind();
      for (Attribute a : kind.attributes()) {
        a.valueIn(object).ifPresent(v -> base.put(a.key(), v));
      }
      baseNulls.addAll(object.explicitNulls());
    }

    ExchangeObject build() {
      Map<String, Object> values = new LinkedHashMap<>(base);
      values.putAll(added);
      List<String> nulls = new ArrayList<>(baseNulls);
      nulls.addAll(addedNulls);
      nulls.removeIf(values::containsKey);
      return ValidPlans.build(kind, values, nulls);
    }

    /** Takes back what this generator did to {@code key}; false when it did nothing to it. */
    boolean takeBack(String key) {
      boolean changed = added.remove(key) != null | addedNulls.remove(key);
      if (key.equals("name") && base.containsKey("originalName")) {
        base.put("name", base.remove("originalName"));
        changed = true;
      }
      return changed;
    }
  }

  private Optional<CoexistencePlan> generate(Environment environment) {
    boolean online = environment == Environment.EXCHANGE_ONLINE;
    String org = "org" + random.nextInt(1000);
    var request =
        PlanRequest.builder()
            .environment(environment)
            .organization(text(12))
            .primaryDomain(SmtpDomain.parse(org + ".example.com"))
            .dominoDomain(SmtpDomain.parse("domino." + org + ".example.com"))
            .exchangeDomain(SmtpDomain.parse("exch." + org + ".example.com"))
            .tls(random.nextBoolean() ? TlsChoice.OPPORTUNISTIC : TlsChoice.REQUIRED);
    int servers = 1 + random.nextInt(3);
    // Exchange Online reaches the servers at public addresses, or at host names in the domain.
    boolean byName = random.nextBoolean();
    for (int i = 0; i < servers; i++) {
      // Hostile, but a Domino hierarchical name (COEX-DDIR-009): no '/' inside the common name.
      String name = text(6).replace('/', '_') + i + "/ACME";
      String address = "10.1." + i + "." + (1 + random.nextInt(200));
      request.addCoexistenceServers(
          !online
              ? CoexistenceServer.of(name, address)
              : CoexistenceServer.of(
                  name,
                  address,
                  byName
                      ? "coex" + i + "." + org + ".example.com"
                      : "20.30." + i + "." + (1 + random.nextInt(200))));
    }
    if (random.nextBoolean()) {
      request.mailExchanger(MailExchanger.EXCHANGE);
    }
    // Hostile transport server names are no host names: name the relay host (COEX-DDIR-007).
    request.exchangeRelayHost(SmartHost.parse("relay." + org + ".example.com"));
    if (online) {
      request.tenant(SmtpDomain.parse(org + ".onmicrosoft.com"));
      if (random.nextBoolean()) {
        // A certificate name lies under an accepted domain (COEX-EXO-020).
        request.tlsCertificateName("coex." + org + ".example.com");
      }
    } else {
      request.exchangeVersion(
          ExchangeVersion.values()[random.nextInt(ExchangeVersion.values().length)]);
      int transport = 1 + random.nextInt(3);
      for (int i = 0; i < transport; i++) {
        request.addTransportServers(text(5) + i);
      }
    }
    CoexistencePlan base = RecommendedPlans.create(request.build());
    var plan = CoexistencePlan.builder().from(base);
    if (online) {
      int connection = random.nextInt(3);
      if (connection == 1) {
        plan.connection(Connection.builder().userPrincipalName(text(10)).build());
      } else if (connection == 2) {
        plan.connection(
            Connection.builder().appId(text(8)).certificateThumbprint("A1B2C3D4E5F6").build());
      }
    }
    Platform platform = base.platform();
    Map<ObjectKind, List<Draft>> drafts = new LinkedHashMap<>();
    for (ObjectKind kind : ObjectKind.values()) {
      List<Draft> list = new ArrayList<>();
      for (ExchangeObject object : base.objects(kind)) {
        Draft draft = new Draft(object);
        perturb(draft, platform);
        list.add(draft);
      }
      drafts.put(kind, list);
    }
    CoexistencePlan candidate = assemble(plan.build(), drafts);
    for (int round = 0; round < 40; round++) {
      ValidationReport report =
          PlanValidator.standard().validate(candidate, ValidationContext.on(DAY));
      if (!report.hasErrors()) {
        return Optional.of(candidate);
      }
      boolean repaired = false;
      for (Diagnostic d : report.diagnostics()) {
        if (d.severity() != Severity.ERROR) {
          continue;
        }
        Matcher m = OBJECT_PATH.matcher(d.path());
        if (m.matches() && m.group(3) != null) {
          ObjectKind kind = kindOf(m.group(1));
          int index = Integer.parseInt(m.group(2));
          if (kind != null && index < drafts.get(kind).size()) {
            repaired |= drafts.get(kind).get(index).takeBack(m.group(3));
          }
        }
      }
      if (!repaired) {
        // The finding points at a value the generator did not add (an accepted domain's new
        // MatchSubDomains swallows the remote domain): take back one object's additions at a time.
        repaired = takeBackFirstAdditions(drafts);
      }
      if (!repaired) {
        return Optional.empty();
      }
      candidate = assemble(candidate, drafts);
    }
    return Optional.empty();
  }

  /** Hostile names, another usage form, and random extra attributes. */
  private void perturb(Draft draft, Platform platform) {
    // Accepted domains keep their names: in Exchange Online the name is the domain.
    if (draft.kind != ObjectKind.ACCEPTED_DOMAIN && random.nextInt(3) > 0) {
      draft.base.put("originalName", draft.base.get("name"));
      draft.base.put("name", text(1 + random.nextInt(20)) + "x");
    }
    if (draft.kind == ObjectKind.RECEIVE_CONNECTOR
        && draft.base.get("usage") == ReceiveConnectorUsage.CUSTOM
        && random.nextBoolean()) {
      draft.base.remove("usage");
      draft.added.put("custom", true);
    }
    if (draft.kind == ObjectKind.SEND_CONNECTOR && random.nextBoolean()) {
      draft.base.remove("usage");
      if (random.nextBoolean()) {
        draft.added.put("custom", true);
      }
    }
    List<Attribute> free = new ArrayList<>();
    for (Attribute a : draft.kind.attributes()) {
      if (!STRUCTURAL.contains(a.key())
          && !draft.base.containsKey(a.key())
          && !draft.baseNulls.contains(a.key())
          && a.existsOn(platform)) {
        free.add(a);
      }
    }
    int extra = random.nextInt(8);
    for (int i = 0; i < extra && !free.isEmpty(); i++) {
      Attribute a = free.remove(random.nextInt(free.size()));
      if (a.nullable()
          && !a.switchParameter()
          && !a.valueType().isEnum()
          && random.nextInt(6) == 0) {
        draft.addedNulls.add(a.key());
      } else {
        draft.added.put(a.key(), value(a, platform));
      }
    }
  }

  private static boolean takeBackFirstAdditions(Map<ObjectKind, List<Draft>> drafts) {
    for (List<Draft> list : drafts.values()) {
      for (Draft d : list) {
        if (!d.added.isEmpty() || !d.addedNulls.isEmpty()) {
          d.added.clear();
          d.addedNulls.clear();
          return true;
        }
      }
    }
    return false;
  }

  private static CoexistencePlan assemble(
      CoexistencePlan plan, Map<ObjectKind, List<Draft>> drafts) {
    Object builder = CoexistencePlan.builder().from(plan);
    for (Map.Entry<ObjectKind, List<Draft>> e : drafts.entrySet()) {
      List<ExchangeObject> objects = new ArrayList<>();
      for (Draft d : e.getValue()) {
        objects.add(d.build());
      }
      ModelBuilders.call(builder, e.getKey().planKey(), objects);
    }
    return ModelBuilders.build(builder, CoexistencePlan.class);
  }

  private static ObjectKind kindOf(String planKey) {
    for (ObjectKind kind : ObjectKind.values()) {
      if (kind.planKey().equals(planKey)) {
        return kind;
      }
    }
    return null;
  }

  private Object value(Attribute a, Platform platform) {
    if (a.multiValued()) {
      List<Object> list = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        list.add(single(a, platform));
      }
      return list;
    }
    return single(a, platform);
  }

  private Object single(Attribute a, Platform platform) {
    Class<?> type = a.valueType();
    if (a.switchParameter() || type == Boolean.class) {
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
    if (type == AcceptedDomainType.class && platform == Platform.EXCHANGE_ONLINE) {
      return AcceptedDomainType.AUTHORITATIVE;
    }
    if (type.isEnum()) {
      Object[] values = type.getEnumConstants();
      return values[random.nextInt(values.length)];
    }
    List<String> samples = SAMPLES.get(type.getSimpleName());
    if (samples == null) {
      throw new AssertionError("no samples for " + type);
    }
    return samples.get(random.nextInt(samples.size()));
  }

  /** Random text from {@link #HOSTILE}: visible characters only. */
  private String text(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
    }
    return s.toString().strip().isEmpty() ? "n" + s : s.toString();
  }

  /**
   * Builds an object through its generated builder: each attribute by its plan key (the builder's
   * Optional or Iterable setter), value types parsed from text.
   */
  private static ExchangeObject build(
      ObjectKind kind, Map<String, Object> values, List<String> nulls) {
    Object builder = ModelBuilders.builder(kind);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Optional<Attribute> found = kind.attribute(e.getKey());
      if (found.isEmpty()) {
        continue; // bookkeeping such as originalName
      }
      Attribute a = found.get();
      Object value = e.getValue();
      if (a.multiValued()) {
        List<Object> typed = new ArrayList<>();
        for (Object v : (List<?>) value) {
          typed.add(typed(a.valueType(), v));
        }
        ModelBuilders.call(builder, a.key(), typed);
      } else if (a.key().equals("name")) {
        ModelBuilders.call(builder, "name", value);
      } else {
        ModelBuilders.call(builder, a.key(), Optional.of(typed(a.valueType(), value)));
      }
    }
    for (String key : nulls) {
      ModelBuilders.call(builder, "addExplicitNull", key);
    }
    return ModelBuilders.object(builder);
  }

  private static Object typed(Class<?> type, Object value) {
    if (type.isInstance(value)) {
      return value;
    }
    try {
      return type.getMethod("parse", String.class).invoke(null, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getSimpleName() + ".parse(" + value + ")", e);
    }
  }
}
