package io.github.coexist.planio;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.EncryptDecrypt;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.IdFileLocation;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.CountLimit;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Random plans from a fixed seed, for property tests: every object kind, random subsets of every
 * attribute (values, lists with duplicates, explicit nulls), hostile text. Objects are built
 * through the generated builders by reflection written independently of the reader's. Public (in
 * plan-io's test jar) for live-state's property tests, which compare such plans with snapshots.
 */
public final class PlanGenerator {
  /** Text that has broken parsers, shells and YAML emitters. */
  public static final List<String> HOSTILE =
      List.of(
          "Contoso",
          "O'Brien & Söhne",
          "‘single’ ‚low‛ “double” „low“ \"ascii\" 'apos'",
          "$(Remove-Item C:\\ -Recurse)",
          "`whoami`",
          "a; b; rm -rf /",
          "line one\nline two",
          "trailing newline\n",
          "\n",
          "cr\r\nlf",
          "nul\u0000byte",
          "rtl\u200Fmark",
          "nel\u0085x",
          "ls\u2028ps\u2029",
          "tab\there",
          "  leading and trailing  ",
          "",
          "true",
          "null",
          "~",
          "2019",
          "007",
          "1e3",
          "- dash",
          "key: value",
          "# not a comment",
          "*alias",
          "&anchor",
          "!tag",
          "@at",
          "%percent",
          "{braces}",
          "[brackets]",
          "\uFEFFbom",
          "emoji \uD83D\uDE00");

  private static final Map<Class<?>, List<String>> SAMPLES =
      Map.ofEntries(
          Map.entry(SmtpDomain.class, List.of("contoso.com", "*.contoso.com", "*", "bücher.de")),
          Map.entry(IpAddress.class, List.of("10.1.1.1", "2001:db8::1", "::ffff:10.0.0.1")),
          Map.entry(
              IpRange.class,
              List.of("10.1.1.1", "10.1.1.1/32", "192.168.1.7/24", "10.1.1.1-10.1.1.9", "::/0")),
          Map.entry(Binding.class, List.of("0.0.0.0:25", "[::]:25", "10.1.1.1:2525")),
          Map.entry(SmartHost.class, List.of("10.1.1.1", "mail.contoso.com", "10.1.1.0/24")),
          Map.entry(
              AddressSpace.class,
              List.of("SMTP:domino.contoso.com;1", "*", "smtp:*.contoso.com;5")),
          Map.entry(
              EmailAddressTemplate.class,
              List.of("SMTP:%m@contoso.com", "smtp:%g.%s@exch.contoso.com", "SMTP:@contoso.com")),
          Map.entry(ByteQuantity.class, List.of("35MB", "Unlimited", "1024", "0B")),
          Map.entry(TimeSpan.class, List.of("00:05:00", "1.00:00:00")),
          Map.entry(CountLimit.class, List.of("0", "132", "Unlimited")));

  private static final Map<Class<?>, Function<String, ?>> PARSERS =
      Map.ofEntries(
          Map.entry(SmtpDomain.class, SmtpDomain::parse),
          Map.entry(IpAddress.class, IpAddress::parse),
          Map.entry(IpRange.class, IpRange::parse),
          Map.entry(Binding.class, Binding::parse),
          Map.entry(SmartHost.class, SmartHost::parse),
          Map.entry(AddressSpace.class, AddressSpace::parse),
          Map.entry(EmailAddressTemplate.class, EmailAddressTemplate::parse),
          Map.entry(ByteQuantity.class, ByteQuantity::parse),
          Map.entry(TimeSpan.class, TimeSpan::parse),
          Map.entry(CountLimit.class, CountLimit::parse));

  private final Random random;

  /**
   * For the keys added later (publicAddress, mailExchanger): their own sequence, so that the plans
   * of every seed stay what they were for the other keys.
   */
  private final Random later;

  /** A generator whose plans are fixed by {@code seed}. */
  public PlanGenerator(long seed) {
    this.random = new Random(seed);
    this.later = new Random(~seed);
  }

  /** The next random plan. */
  public CoexistencePlan plan() {
    ImmutableCoexistencePlan.Builder plan =
        CoexistencePlan.builder()
            .environment(pick(Environment.values()))
            .domains(Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com"));
    if (chance(0.5)) {
      plan.exchangeVersion(pick(ExchangeVersion.values()));
    }
    if (chance(0.7)) {
      plan.organization(text());
    }
    if (chance(0.3)) {
      plan.tenant(SmtpDomain.parse("contoso.onmicrosoft.com"));
    }
    if (later.nextBoolean()) {
      plan.mailExchanger(later.nextBoolean() ? MailExchanger.EXCHANGE : MailExchanger.DOMINO);
    }
    if (chance(0.3)) {
      plan.connection(Connection.builder().appId(text()).certificateThumbprint("A1B2C3").build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      var server =
          CoexistenceServer.builder()
              .name("COEX0" + i + "/" + text().replace("\u0000", "") + "x")
              .address((IpAddress) value(IpAddress.class));
      if (later.nextBoolean()) {
        server.publicAddress(
            later.nextBoolean()
                ? HostAddress.of(IpAddress.parse("20.30.40." + later.nextInt(256)))
                : HostAddress.parse("coex0" + i + ".contoso.com"));
      }
      plan.addCoexistenceServer(server.build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addTransportServers(text());
    }
    List<ExchangeObject> objects = new ArrayList<>();
    for (ObjectKind kind : ObjectKind.values()) {
      for (int i = random.nextInt(3); i > 0; i--) {
        objects.add(object(kind));
      }
    }
    for (ExchangeObject o : objects) {
      invoke(plan, "add" + adder(o.kind()), o);
    }
    if (chance(0.6)) {
      plan.domino(domino());
    }
    if (chance(0.4)) {
      plan.license(
          LicenseFacts.builder()
              .type(pick(LicenseType.values()))
              .licensee(text())
              .generated(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)))
              .expires(chance(0.5) ? Optional.of(LocalDate.of(2027, 1, 5)) : Optional.empty())
              .processDomain("ACME")
              .adminEmail("notes-admin@contoso.com")
              .putFeature("seats", String.valueOf(random.nextInt(1000)))
              .putFeature(text(), text())
              .build());
    }
    return plan.build();
  }

  private DominoSettings domino() {
    ImmutableDominoSettings.Builder d = DominoSettings.builder();
    if (chance(0.8)) {
      d.foreignDomain(text());
    }
    if (chance(0.8)) {
      d.foreignDomainMailbox("btexchange.box");
    }
    if (chance(0.5)) {
      d.addAltForeignDomains(text(), text());
    }
    if (chance(0.5)) {
      d.zappSupport(pick(ZappSupport.values()));
    }
    if (chance(0.5)) {
      d.encryptDecrypt(pick(EncryptDecrypt.values()));
    }
    if (chance(0.5)) {
      d.idFileLocation(pick(IdFileLocation.values()));
    }
    if (chance(0.5)) {
      d.zappBypass(random.nextBoolean()).delegateNdr(random.nextBoolean());
    }
    if (chance(0.5)) {
      d.putNdrText(54, text()).putNdrText(55 + random.nextInt(40), text());
    }
    if (chance(0.5)) {
      d.addMultiSchedReportTexts(text(), text()).idsDir("C:\\IDs\\" + text());
    }
    return d.build();
  }

  /** An object with a random subset of its attributes set, some to $null. */
  public ExchangeObject object(ObjectKind kind) {
    Object builder = invokeStatic(modelClass(kind), "builder");
    invoke(builder, "name", text().isEmpty() ? "x" : "n" + text());
    for (Attribute attribute : kind.attributes()) {
      if (attribute.key().equals("name")) {
        continue;
      }
      double roll = random.nextDouble();
      if (roll < 0.25) {
        if (attribute.multiValued()) {
          List<Object> values = new ArrayList<>();
          for (int i = 1 + random.nextInt(3); i > 0; i--) {
            values.add(value(attribute.valueType()));
          }
          if (chance(0.3)) {
            values.add(values.get(0)); // duplicates are kept for validation to report
          }
          invoke(builder, attribute.key(), (Iterable<?>) values);
        } else {
          invoke(builder, attribute.key(), Optional.of(value(attribute.valueType())));
        }
      } else if (roll < 0.30) {
        invoke(builder, "addExplicitNull", attribute.key());
      }
    }
    return (ExchangeObject) invoke(builder, "build");
  }

  /** A random value of an attribute's value type. */
  public Object value(Class<?> type) {
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class) {
      return chance(0.2) ? Integer.MIN_VALUE + random.nextInt(3) : random.nextInt(100000) - 10;
    }
    if (type == String.class) {
      return text();
    }
    if (type.isEnum()) {
      return pick(type.getEnumConstants());
    }
    List<String> samples = SAMPLES.get(type);
    if (samples == null) {
      throw new IllegalArgumentException("no samples for " + type);
    }
    return PARSERS.get(type).apply(pick(samples.toArray(new String[0])));
  }

  /** A random text, hostile half of the time. */
  public String text() {
    if (chance(0.5)) {
      return pick(HOSTILE.toArray(new String[0]));
    }
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int kind = random.nextInt(10);
      s.appendCodePoint(
          kind < 6
              ? 0x20 + random.nextInt(0x5F)
              : kind < 8 ? 0xA0 + random.nextInt(0x2000) : 0x1F600 + random.nextInt(0x40));
    }
    return s.toString();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String adder(ObjectKind kind) {
    // remoteDomains -> RemoteDomain (the builders' depluralized adders)
    return kind.noun();
  }

  private static Class<?> modelClass(ObjectKind kind) {
    try {
      return Class.forName("io.github.coexist.core.model." + kind.noun());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invokeStatic(Class<?> type, String name) {
    try {
      return type.getMethod(name).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Object target, String name, Object argument) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isInstance(argument)) {
        try {
          return m.invoke(target, argument);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(name + " on " + target.getClass(), e);
        }
      }
    }
    throw new IllegalStateException("no " + name + " for " + argument.getClass());
  }

  private static Object invoke(Object target, String name) {
    try {
      return target.getClass().getMethod(name).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
