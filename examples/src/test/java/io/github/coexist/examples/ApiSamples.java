package io.github.coexist.examples;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AttributeValues;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObjectDraft;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.CountLimit;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.domino.MailboxDatabase;
import io.github.coexist.license.DemoLicense;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.license.LicenseIssuer;
import io.github.coexist.license.LicenseParser;
import io.github.coexist.license.LicensePublicKey;
import io.github.coexist.license.LicenseSigningKey;
import io.github.coexist.license.LicenseVerifier;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.DriftReport;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.notesini.IniFinding;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.notesini.NotesIniFormat;
import io.github.coexist.planio.ExchangeValues;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.planio.SourceLocation;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.Condition;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PsValue;
import io.github.coexist.powershell.RenderOptions;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.powershell.SnapshotScriptEmitter;
import io.github.coexist.powershell.Trace;
import io.github.coexist.runbook.MailFlow;
import io.github.coexist.runbook.RunbookEmitter;
import io.github.coexist.testing.CoexistAssertions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sample instance per exported type, for the tests that call every public method of the API.
 *
 * <p>Most come from the recommended plans followed through the API as a consumer does (validate,
 * emit, render, write, read back, snapshot, drift, license): starting from those roots, every
 * public no-argument method of an exported type is called and what it returns becomes the sample of
 * its class and of each exported supertype (the first one found wins, so the samples are the same
 * on every run). The rest are made here by hand.
 */
final class ApiSamples {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

  private static final int DEPTH = 6;

  private final Set<Class<?>> exported;
  private final Map<Class<?>, Object> samples = new LinkedHashMap<>();

  private ApiSamples(Set<Class<?>> exported) {
    this.exported = exported;
  }

  /** The samples of every exported type this class can reach or make. */
  static Map<Class<?>, Object> of(Set<Class<?>> exported) {
    ApiSamples harvest = new ApiSamples(exported);
    List<Object> roots = new java.util.ArrayList<>(harvest.roots());
    roots.addAll(factories(exported));
    roots.add(thrown(() -> LicensePublicKey.fromText("not a key")));
    roots.removeIf(root -> root == null);
    harvest.harvest(roots);
    return harvest.samples;
  }

  private List<Object> roots() {
    CoexistencePlan server =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));
    CoexistencePlan online =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));
    ValidationContext context = ValidationContext.on(TODAY);
    ValidationReport report = PlanValidator.standard().validate(server, context);
    ValidatedPlan valid = report.requireValid();
    String yaml = PlanWriter.write(server, PlanFormat.YAML);
    Snapshot snapshot = PlanAsSnapshot.of(server);
    DemoLicense demo = DemoLicense.issue(CLOCK, new SecureRandom(new byte[] {1}));
    LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom(new byte[] {2}));
    Drift drift = Drift.between(server, snapshot);
    return List.of(
        CoexistAssertions.assertThat(server),
        CoexistAssertions.assertThat(report),
        CoexistAssertions.assertThat(PowerShellEmitter.standard().emit(valid)),
        CoexistAssertions.assertThat(
            NotesIniDocument.parse("[Notes]\r\nKitType=1\r\n".getBytes(StandardCharsets.US_ASCII))),
        CoexistAssertions.assertThat(drift),
        CoexistAssertions.assertThat(DominoDirectoryEmitter.standard().emit(valid)),
        server,
        online,
        RecommendedPlans.example(Environment.EXCHANGE_SERVER),
        context,
        PlanValidator.standard(),
        report,
        valid,
        PlanValidator.standard().validate(online, context),
        PowerShellEmitter.standard(),
        PowerShellEmitter.standard().emit(valid),
        RollbackEmitter.standard(),
        RollbackEmitter.standard().emit(valid),
        NotesIniEmitter.standard(),
        NotesIniEmitter.builder(),
        online.inboundConnectors().get(0),
        online.outboundConnectors().get(0),
        GlobalDomain.builder()
            .name("Contoso")
            .primaryInternetDomain(SmtpDomain.parse("contoso.com"))
            .build(),
        LicenseFacts.builder()
            .type(LicenseType.STANDARD)
            .licensee("Contoso")
            .generated(TODAY)
            .expires(TODAY.plusYears(1))
            .processDomain("ACME")
            .adminEmail("notes-admin@contoso.com")
            .build(),
        IniFinding.of(IniFinding.Kind.LICENSE_WITHOUT_PATH, "the license has no serverPath"),
        NotesIniEmitter.standard()
            .emit(valid)
            .mergeInto(
                NotesIniDocument.parse(
                    "[Notes]\r\nServerTasks=Router\r\n".getBytes(StandardCharsets.US_ASCII))),
        DriftReport.of(drift, DriftReport.Form.TEXT),
        PlanPath.parse("sendConnectors[0].smartHosts"),
        PowerShellEmitter.builder(),
        RunbookEmitter.builder(),
        SnapshotScriptEmitter.standard(),
        NotesIniEmitter.standard().emit(valid),
        ConsoleCommandsEmitter.standard(),
        ConsoleCommandsEmitter.builder(),
        ConsoleCommandsEmitter.standard().emit(valid),
        SnapshotScriptEmitter.standard().emit(valid),
        NotesIniDocument.parse("[Notes]\r\nKitType=1\r\n".getBytes(StandardCharsets.US_ASCII)),
        NotesIniFormat.standard(),
        DominoDirectoryEmitter.standard(),
        DominoDirectoryEmitter.standard().emit(valid),
        RunbookEmitter.standard(),
        RunbookEmitter.standard().emit(valid),
        PlanReader.standard(),
        PlanReader.standard().read(yaml, "plan.yaml"),
        snapshot,
        drift,
        demo,
        LicenseParser.parse(demo.licenseText().getBytes(StandardCharsets.UTF_8)),
        LicenseParser.parse("not a license".getBytes(StandardCharsets.UTF_8)),
        LicenseVerifier.trusting(key.publicKey()),
        new LicenseIssuer(key),
        new LicenseEvaluator(CLOCK, ZoneOffset.UTC)
            .evaluate(
                LicenseParser.parse(demo.licenseText().getBytes(StandardCharsets.UTF_8))
                    .value()
                    .unverifiedContent()),
        ExchangeObjectDraft.of(ObjectKind.SEND_CONNECTOR),
        AttributeValues.of(server.sendConnectors().get(0)),
        ExchangeValues.builder(ObjectKind.SEND_CONNECTOR),
        ByteQuantity.parse("25MB"),
        CountLimit.parse("100"),
        TimeSpan.parse("00:05:00"),
        SnapshotScriptEmitter.standard().emit(Environment.EXCHANGE_SERVER),
        CoexistAssertions.assertThat(PowerShellEmitter.standard().emit(valid))
            .invokes("New-SendConnector"),
        CoexistAssertions.assertThat(report).hasWarning(report.diagnostics().get(0).ruleId()),
        key,
        key.publicKey(),
        LicenseEvaluator.on(TODAY),
        Domains.of("contoso.com", "domino.contoso.com", "exchange.contoso.com"),
        new MailboxDatabase("mail.box", "t", ImmutableList.of("S/O")),
        SourceLocation.of("plan.yaml", 1, 1),
        CmdletCall.of("Get-SendConnector"),
        PsValue.text("x"),
        new Condition.Differs(),
        MailFlow.of(List.of(), List.of()),
        IpAddress.parse("192.0.2.1"),
        IpRange.parse("192.0.2.0/24"),
        RenderOptions.defaults(),
        Trace.script(),
        ObjectKind.SEND_CONNECTOR.attributes().get(0));
  }

  /** The exception {@code action} throws. */
  private static Object thrown(java.util.function.Supplier<?> action) {
    try {
      Object made = action.get();
      throw new AssertionError("expected an exception, made " + made);
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * What the exported types' public static no-argument methods return ({@code builder()}, {@code
   * standard()}, {@code defaults()}): empty builders and standard instances.
   */
  private static List<Object> factories(Set<Class<?>> exported) {
    List<Class<?>> types = new java.util.ArrayList<>(exported);
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    List<Object> made = new java.util.ArrayList<>();
    for (Class<?> type : types) {
      List<Method> methods = new java.util.ArrayList<>(List.of(type.getDeclaredMethods()));
      methods.sort((a, b) -> a.toString().compareTo(b.toString()));
      for (Method method : methods) {
        if (method.getParameterCount() == 0
            && Modifier.isStatic(method.getModifiers())
            && Modifier.isPublic(method.getModifiers())
            && !method.getReturnType().isPrimitive()
            && method.getReturnType() != void.class) {
          try {
            Object result = method.invoke(null);
            if (result != null) {
              made.add(result);
            }
          } catch (IllegalAccessException | InvocationTargetException e) {
            // A factory that needs state it does not have: another root gives the type.
          }
        }
      }
    }
    return made;
  }

  private void harvest(List<Object> roots) {
    Deque<Object[]> queue = new ArrayDeque<>();
    for (Object root : roots) {
      queue.add(new Object[] {root, 0});
    }
    while (!queue.isEmpty()) {
      Object[] next = queue.removeFirst();
      Object value = next[0];
      int depth = (Integer) next[1];
      if (!register(value) || depth >= DEPTH) {
        continue;
      }
      for (Object child : children(value)) {
        queue.add(new Object[] {child, depth + 1});
      }
    }
  }

  /** Registers a value under its class and its exported supertypes; false if seen before. */
  private boolean register(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Optional) {
      return true;
    }
    boolean added = false;
    for (Class<?> type : typesOf(value.getClass())) {
      if (exported.contains(type) && !samples.containsKey(type)) {
        samples.put(type, value);
        added = true;
      }
    }
    return added;
  }

  private static Set<Class<?>> typesOf(Class<?> type) {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> c = todo.removeFirst();
      if (types.add(c)) {
        if (c.getSuperclass() != null) {
          todo.add(c.getSuperclass());
        }
        todo.addAll(List.of(c.getInterfaces()));
      }
    }
    return types;
  }

  private List<Object> children(Object value) {
    if (value instanceof Collection<?> collection) {
      return List.copyOf(nonNull(collection));
    }
    if (value instanceof Map<?, ?> map) {
      List<Object> children = new java.util.ArrayList<>(nonNull(map.keySet()));
      children.addAll(nonNull(map.values()));
      return children;
    }
    if (value instanceof Optional<?> optional) {
      return optional.<List<Object>>map(List::of).orElse(List.of());
    }
    List<Object> children = new java.util.ArrayList<>();
    List<Method> methods = new java.util.ArrayList<>(List.of(value.getClass().getMethods()));
    methods.sort((a, b) -> a.toString().compareTo(b.toString()));
    for (Method method : methods) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && !method.getReturnType().isPrimitive()
          && exported.contains(method.getDeclaringClass())
          && !method.getName().equals("toString")) {
        try {
          Object result = method.invoke(value);
          if (result != null) {
            children.add(result);
          }
        } catch (IllegalAccessException | InvocationTargetException e) {
          // Not every getter answers for every sample (an absent value, an invalid state):
          // another root gives the type.
        }
      }
    }
    children.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
    return children;
  }

  private static List<Object> nonNull(Collection<?> values) {
    return values.stream().filter(v -> v != null).map(v -> (Object) v).toList();
  }
}
