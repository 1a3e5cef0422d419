package io.github.coexist.core.rules;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.CountLimit;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Random plans from a seeded {@link Random}: every object kind with random attributes (set through
 * the generated builders, so every attribute of Microsoft's reference is reachable), explicit
 * nulls, hostile strings, empty lists, IPv6, wildcards, open ranges, and edits of the recommended
 * plans. The same seed always gives the same plans.
 */
final class PlanGenerator {
  /** Hostile and ordinary texts: quotes of every kind, backticks, $(, line breaks, NUL, bidi. */
  static final List<String> TEXTS =
      List.of(
          "Inbound from Domino",
          "EX01",
          "ex01",
          "Exchange",
          "btexchange.box",
          "ACME",
          "it's",
          "\u2018single\u2019 \u201Adouble\u201B \u201Cq\u201D \u201Eq",
          "`whoami`",
          "$(Remove-Item C:\\ -Recurse)",
          "line\nbreak",
          "cr\rlf",
          "nul\u0000byte",
          "rtl\u200Fmark",
          "zero\u200Bwidth",
          "lone\uD800surrogate",
          "\u00E9t\u00E9",
          " ",
          "x".repeat(300),
          "a,b",
          "%m@contoso.com",
          "SMTP:%m@contoso.com");

  private static final List<String> DOMAINS =
      List.of(
          "contoso.com",
          "domino.contoso.com",
          "exch.contoso.com",
          "exch.btm-lab.com",
          "fabrikam.com",
          "*.contoso.com",
          "*",
          "relay",
          "xn--bcher-kva.example",
          "a.b.c.d.contoso.com");

  private static final List<String> RANGES =
      List.of(
          "10.1.1.1",
          "10.1.1.2",
          "10.1.1.0/24",
          "10.1.0.0/16",
          "10.1.1.1-10.1.1.9",
          "0.0.0.0-255.255.255.255",
          "0.0.0.0/0",
          "::/0",
          "2001:db8::/64",
          "2001:db8::25",
          "192.168.1.7/24",
          "10.1.1.1/32");

  private static final List<String> BINDINGS =
      List.of("0.0.0.0:25", "[::]:25", "10.0.0.5:25", "10.0.0.5:2525", "[2001:db8::1]:25");

  private static final List<String> SMART_HOSTS =
      List.of("10.1.1.1", "10.1.1.2", "10.1.1.0/30", "relay.contoso.com", "2001:db8::25");

  private static final List<String> ADDRESS_SPACES =
      List.of(
          "SMTP:domino.contoso.com;1",
          "domino.contoso.com",
          "smtp:Domino.Contoso.com;7",
          "SMTP:*;1",
          "SMTP:*.contoso.com;5",
          "NOTES:Domino;2");

  private static final List<String> TEMPLATES =
      List.of(
          "SMTP:%m@contoso.com",
          "smtp:%m@exch.contoso.com",
          "smtp:%g.%s@exch.btm-lab.com",
          "smtp:%q@contoso.com",
          "SMTP:%1g%s@exch.contoso.com",
          "smtp:fixed@contoso.com",
          "smtp:%r.-%m@contoso.com",
          "X400:c=US;a= ;p=Contoso;o=Exchange;s=%s;");

  private static final Map<ObjectKind, Class<?>> TYPES = new EnumMap<>(ObjectKind.class);

  static {
    TYPES.put(ObjectKind.REMOTE_DOMAIN, RemoteDomain.class);
    TYPES.put(ObjectKind.ACCEPTED_DOMAIN, AcceptedDomain.class);
    TYPES.put(ObjectKind.EMAIL_ADDRESS_POLICY, EmailAddressPolicy.class);
    TYPES.put(ObjectKind.SEND_CONNECTOR, SendConnector.class);
    TYPES.put(ObjectKind.RECEIVE_CONNECTOR, ReceiveConnector.class);
    TYPES.put(ObjectKind.INBOUND_CONNECTOR, InboundConnector.class);
    TYPES.put(ObjectKind.OUTBOUND_CONNECTOR, OutboundConnector.class);
  }

  private final Random random;

  PlanGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A day between 2025 and 2028 to judge on. */
  LocalDate date() {
    return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(4 * 365));
  }

  /** A random plan: an edited recommended plan half of the time, else built from nothing. */
  CoexistencePlan plan() {
    ImmutableCoexistencePlan.Builder plan =
        random.nextBoolean() ? CoexistencePlan.builder().from(recommended()) : fresh();
    CoexistencePlan start = plan.build();
    for (ObjectKind kind : ObjectKind.values()) {
      List<ExchangeObject> objects = new ArrayList<>(start.objects(kind));
      int changes = random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        if (!objects.isEmpty() && random.nextBoolean()) {
          int at = random.nextInt(objects.size());
          objects.set(at, object(kind, objects.get(at)));
        } else {
          objects.add(object(kind, null));
        }
      }
      if (random.nextInt(8) == 0) {
        objects.clear();
      }
      setObjects(plan, kind, objects);
    }
    if (random.nextInt(3) == 0) {
      plan.domino(domino());
    }
    if (random.nextInt(3) == 0) {
      plan.license(license());
    }
    return plan.build();
  }

  /** A recommended plan with a random environment, TLS choice, certificate and servers. */
  private CoexistencePlan recommended() {
    var request =
        PlanRequest.builder()
            .from(RecommendedPlans.example(pick(List.of(Environment.values()))))
            .tls(pick(List.of(TlsChoice.values())));
    if (random.nextBoolean()) {
      request.tlsCertificateName("coex.contoso.com");
    }
    if (random.nextInt(4) == 0) {
      request.coexistenceServers(
          List.of(CoexistenceServer.of("COEX06/ACME", "2001:db8::25", "coex06.contoso.com")));
    }
    if (random.nextBoolean()) {
      request.mailExchanger(pick(List.of(MailExchanger.values())));
    }
    return RecommendedPlans.create(request.build());
  }

  private ImmutableCoexistencePlan.Builder fresh() {
    ImmutableCoexistencePlan.Builder plan =
        CoexistencePlan.builder()
            .environment(pick(List.of(Environment.values())))
            .domains(
                Domains.builder()
                    .primary(domain())
                    .dominoRouting(domain())
                    .exchangeRouting(domain())
                    .build());
    if (random.nextBoolean()) {
      plan.exchangeVersion(pick(List.of(ExchangeVersion.values())));
    }
    if (random.nextBoolean()) {
      plan.organization(pick(TEXTS));
    }
    if (random.nextBoolean()) {
      plan.mailExchanger(pick(List.of(MailExchanger.values())));
    }
    if (random.nextInt(4) == 0) {
      plan.tenant(domain());
    }
    if (random.nextInt(4) == 0) {
      plan.connection(Connection.builder().userPrincipalName(pick(TEXTS)).build());
    }
    int servers = random.nextInt(4);
    for (int i = 0; i < servers; i++) {
      String name = pick(TEXTS);
      var server =
          CoexistenceServer.builder().name(name.isEmpty() ? "COEX" : name).address(address());
      if (random.nextBoolean()) {
        server.publicAddress(
            random.nextBoolean()
                ? HostAddress.of(address())
                : HostAddress.parse(pick(List.of("coex.contoso.com", "relay", "coex.local"))));
      }
      plan.addCoexistenceServers(server.build());
    }
    int transport = random.nextInt(3);
    for (int i = 0; i < transport; i++) {
      plan.addTransportServers(pick(TEXTS));
    }
    return plan;
  }

  @SuppressWarnings("unchecked")
  private static void setObjects(
      ImmutableCoexistencePlan.Builder plan, ObjectKind kind, List<ExchangeObject> objects) {
    List<?> list = objects;
    switch (kind) {
      case REMOTE_DOMAIN -> plan.remoteDomains((List<RemoteDomain>) list);
      case ACCEPTED_DOMAIN -> plan.acceptedDomains((List<AcceptedDomain>) list);
      case EMAIL_ADDRESS_POLICY -> plan.emailAddressPolicies((List<EmailAddressPolicy>) list);
      case SEND_CONNECTOR -> plan.sendConnectors((List<SendConnector>) list);
      case RECEIVE_CONNECTOR -> plan.receiveConnectors((List<ReceiveConnector>) list);
      case INBOUND_CONNECTOR -> plan.inboundConnectors((List<InboundConnector>) list);
      case OUTBOUND_CONNECTOR -> plan.outboundConnectors((List<OutboundConnector>) list);
    }
  }

  /**
   * A random object of {@code kind}, or {@code base} with random attributes changed; then some of
   * the attributes it leaves unset become explicit nulls.
   */
  ExchangeObject object(ObjectKind kind, ExchangeObject base) {
    ExchangeObject built = build(kind, base, false);
    return random.nextInt(3) == 0 ? build(kind, built, true) : built;
  }

  private ExchangeObject build(ObjectKind kind, ExchangeObject base, boolean addNulls) {
    try {
      Class<?> type = TYPES.get(kind);
      Object builder = type.getMethod("builder").invoke(null);
      if (base != null) {
        builder.getClass().getMethod("from", type).invoke(builder, base);
      } else {
        String name = pick(TEXTS);
        builder
            .getClass()
            .getMethod("name", String.class)
            .invoke(builder, name.isEmpty() ? "n" : name);
      }
      for (Attribute attribute : kind.attributes()) {
        if (attribute.key().equals("name")) {
          if (base != null && random.nextInt(10) == 0) {
            builder.getClass().getMethod("name", String.class).invoke(builder, pick(TEXTS));
          }
          continue;
        }
        if (addNulls) {
          if (attribute.valueIn(base).isEmpty() && random.nextInt(6) == 0) {
            builder
                .getClass()
                .getMethod("addExplicitNull", String.class)
                .invoke(builder, attribute.key());
          }
        } else if (random.nextInt(base == null ? 4 : 12) == 0
            && !nullsOf(base).contains(attribute.key())) {
          setter(builder.getClass(), attribute).invoke(builder, value(attribute));
        }
      }
      return (ExchangeObject) builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "the generator built an object the model refuses", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keys {@code base} sets to null (they cannot also get a value). */
  private static Set<String> nullsOf(ExchangeObject base) {
    return base == null ? Set.of() : base.explicitNulls();
  }

  private static final Map<String, Method> SETTERS = new HashMap<>();

  private static Method setter(Class<?> builder, Attribute attribute) throws NoSuchMethodException {
    Method known = SETTERS.get(attribute.toString());
    if (known != null) {
      return known;
    }
    for (Method method : builder.getMethods()) {
      if (!method.getName().equals(attribute.key()) || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      boolean takesList = Iterable.class.isAssignableFrom(parameter);
      if (takesList == attribute.multiValued() && parameter != Optional.class) {
        SETTERS.put(attribute.toString(), method);
        return method;
      }
    }
    throw new NoSuchMethodException(builder.getName() + "." + attribute.key());
  }

  private Object value(Attribute attribute) {
    if (!attribute.multiValued()) {
      return single(attribute.valueType());
    }
    int size = random.nextInt(5);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(single(attribute.valueType()));
    }
    return values;
  }

  private Object single(Class<?> type) {
    if (type == String.class) {
      return pick(TEXTS);
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class) {
      return pick(List.of(0, 1, -1, 25, 100, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE));
    }
    if (type.isEnum()) {
      return pick(List.of(type.getEnumConstants()));
    }
    if (type == SmtpDomain.class) {
      return domain();
    }
    if (type == IpRange.class) {
      return random.nextInt(4) == 0 ? randomRange() : parsed(RANGES, IpRange::parse);
    }
    if (type == IpAddress.class) {
      return address();
    }
    if (type == Binding.class) {
      return parsed(BINDINGS, Binding::parse);
    }
    if (type == SmartHost.class) {
      return parsed(SMART_HOSTS, SmartHost::parse);
    }
    if (type == AddressSpace.class) {
      return parsed(ADDRESS_SPACES, AddressSpace::parse);
    }
    if (type == EmailAddressTemplate.class) {
      return parsed(TEMPLATES, EmailAddressTemplate::parse);
    }
    if (type == ByteQuantity.class) {
      return parsed(List.of("25MB", "Unlimited", "0B", "128KB"), ByteQuantity::parse);
    }
    if (type == TimeSpan.class) {
      return parsed(List.of("00:10:00", "1.00:00:00", "00:00:00"), TimeSpan::parse);
    }
    if (type == CountLimit.class) {
      return parsed(List.of("10", "Unlimited", "0"), CountLimit::parse);
    }
    throw new IllegalStateException("no generator for " + type);
  }

  private <T> T parsed(List<String> texts, Function<String, T> parse) {
    // The pools hold valid texts only; a refusal here is a bug of the pool, not of the rules.
    try {
      return parse.apply(pick(texts));
    } catch (InvalidValueException e) {
      throw new IllegalStateException(e);
    }
  }

  private SmtpDomain domain() {
    return parsed(DOMAINS, SmtpDomain::parse);
  }

  private IpAddress address() {
    if (random.nextInt(4) == 0) {
      return IpAddress.fromBigInteger(new BigInteger(128, random), false);
    }
    // Mostly near the example servers, so ranges and servers meet.
    long base = random.nextBoolean() ? 0x0A010100L : random.nextInt() & 0xFFFFFFFFL;
    return IpAddress.fromBigInteger(BigInteger.valueOf(base + random.nextInt(8)), true);
  }

  private IpRange randomRange() {
    IpAddress a = address();
    IpAddress b = address();
    if (a.isIpv4() != b.isIpv4()) {
      return IpRange.single(a);
    }
    return random.nextBoolean()
        ? IpRange.cidr(a, random.nextInt(a.bitLength() + 1))
        : IpRange.range(a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a);
  }

  private DominoSettings domino() {
    ImmutableDominoSettings.Builder d = DominoSettings.builder();
    if (random.nextInt(5) > 0) {
      d.foreignDomain(pick(TEXTS));
    }
    if (random.nextInt(5) > 0) {
      d.foreignDomainMailbox(pick(TEXTS));
    }
    if (random.nextBoolean()) {
      d.processDomain(pick(TEXTS));
    }
    if (random.nextBoolean()) {
      d.delay(pick(TEXTS));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      d.addAltForeignDomains(pick(TEXTS));
      d.addZappProcessForms(pick(TEXTS));
      d.addZappBypassDocsWithFields(pick(TEXTS));
      d.addMultiSchedReportTexts(pick(TEXTS));
      // A map key once: BTNDR<code> is one Notes.ini key per code.
      d.putNdrText(50 + i, pick(TEXTS));
    }
    if (random.nextBoolean()) {
      d.zappSupport(pick(List.of(ZappSupport.values())));
    }
    if (random.nextBoolean()) {
      d.zappBypass(random.nextBoolean()).zappCheckEncrypt(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      d.encryptDecrypt(pick(List.of(EncryptDecrypt.values())))
          .idFileLocation(pick(List.of(IdFileLocation.values())))
          .idVaultDb(pick(TEXTS))
          .idsDir(pick(TEXTS))
          .decryptId(pick(TEXTS));
    }
    return d.build();
  }

  private LicenseFacts license() {
    LocalDate generated = date();
    var license =
        LicenseFacts.builder()
            .type(pick(List.of(LicenseType.values())))
            .licensee(pick(TEXTS))
            .generated(generated)
            .processDomain(pick(TEXTS))
            .adminEmail(pick(TEXTS));
    if (random.nextBoolean()) {
      license.expires(generated.plusDays(random.nextInt(800) - 100));
    }
    return license.build();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
