package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.domino.MailboxDatabase;
import io.github.coexist.license.LicensePublicKey;
import io.github.coexist.license.LicenseSigningKey;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.notesini.NotesIniFormat;
import io.github.coexist.planio.SourceLocation;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.Condition;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.PsValue;
import io.github.coexist.powershell.RenderOptions;
import io.github.coexist.powershell.Trace;
import io.github.coexist.runbook.MailFlow;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and static method of every public class that a library module exports
 * (read from the modules' own descriptors) throws {@link NullPointerException} for a {@code null}
 * reference argument, with Guava's {@link NullPointerTester}: the other arguments are cheap
 * instances it makes itself (or the defaults set below). Parameters annotated {@code @Nullable} are
 * exempt (the tester's own rule).
 */
class PublicApiNullsTest {
  private static final Map<Class<?>, Object> SAMPLES =
      ApiSamples.of(Set.copyOf(ExportedClasses.all()));

  static Stream<String> exportedClasses() {
    return ExportedClasses.all().stream().map(Class::getName);
  }

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2026, 11, 27));
    tester.setDefault(
        io.github.coexist.core.model.CoexistencePlan.class,
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER)));
    tester.setDefault(ValidationContext.class, ValidationContext.on(LocalDate.of(2026, 11, 27)));
    tester.setDefault(PlanValidator.class, PlanValidator.standard());
    tester.setDefault(ZoneId.class, ZoneOffset.UTC);
    tester.setDefault(Attribute.class, ObjectKind.SEND_CONNECTOR.attributes().get(0));
    tester.setDefault(IpAddress.class, IpAddress.parse("192.0.2.1"));
    tester.setDefault(
        Domains.class, Domains.of("contoso.com", "domino.contoso.com", "exchange.contoso.com"));
    tester.setDefault(
        MailboxDatabase.class, new MailboxDatabase("mail.box", "t", ImmutableList.of("S/O")));
    tester.setDefault(
        LicensePublicKey.class,
        LicenseSigningKey.generate(new SecureRandom(new byte[] {1})).publicKey());
    tester.setDefault(
        Snapshot.class, Snapshot.builder().environment(Environment.EXCHANGE_SERVER).build());
    tester.setDefault(NotesIniFormat.class, NotesIniFormat.standard());
    tester.setDefault(SourceLocation.class, SourceLocation.of("plan.yaml", 1, 1));
    tester.setDefault(CmdletCall.class, CmdletCall.of("Get-SendConnector"));
    tester.setDefault(PsValue.Text.class, PsValue.text("x"));
    tester.setDefault(PsValue.class, PsValue.text("x"));
    tester.setDefault(Condition.class, new Condition.Differs());
    tester.setDefault(MailFlow.class, MailFlow.of(List.of(), List.of()));
    tester.setDefault(
        Clock.class, Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    tester.setDefault(IpRange.class, IpRange.parse("192.0.2.0/24"));
    tester.setDefault(RenderOptions.class, RenderOptions.defaults());
    tester.setDefault(Trace.class, Trace.script());
    tester.setDefault(PlanPath.class, PlanPath.root("tenant"));
    tester.setDefault(
        Drift.class,
        Drift.between(
            RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER)),
            Snapshot.builder().environment(Environment.EXCHANGE_SERVER).build()));
    tester.setDefault(
        PowerShellScript.class,
        PowerShellEmitter.standard()
            .emit(
                PlanValidator.standard()
                    .validate(
                        RecommendedPlans.create(
                            RecommendedPlans.example(Environment.EXCHANGE_SERVER)),
                        ValidationContext.on(LocalDate.of(2026, 11, 27)))
                    .requireValid()));
    // Documented nulls: a live value Exchange reports as null is the empty value (its Javadoc).
    tester.ignore(method(ExchangeEquivalence.class, "key", Attribute.class, Object.class));
    return tester;
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + "." + name + " is gone: update the exemptions", e);
    }
  }

  @ParameterizedTest
  @MethodSource("exportedClasses")
  void constructorsAndStaticMethodsRejectNull(String className) throws ClassNotFoundException {
    Class<?> type = Class.forName(className);
    NullPointerTester tester = tester();
    tester.testAllPublicConstructors(type);
    tester.testAllPublicStaticMethods(type);
  }

  /**
   * Every public instance method, called on the type's sample with {@code null} for one reference
   * parameter at a time (the others: samples, or cheap values), throws {@link NullPointerException}
   * whose message names that parameter; so do the constructors and static methods (the test above
   * checks only that they throw).
   */
  @ParameterizedTest
  @MethodSource("exportedClasses")
  void everyPublicMethodRejectsNullNamingTheParameter(String className)
      throws ClassNotFoundException {
    Class<?> type = Class.forName(className);
    NullChecks checks = new NullChecks(SAMPLES);
    Object sample = NullChecks.sampleOf(type, SAMPLES);
    if (sample != null) {
      checks.instanceMethods(type, sample);
    }
    checks.constructorsAndStaticMethods(type);
    assertThat(checks.failures()).isEmpty();
  }

  /**
   * The test above reaches the instance methods of a type only through a sample: a type without one
   * is either listed in {@link NullChecks#WITHOUT_SAMPLE} (with the reason) or has no public
   * instance method of its own.
   */
  @Test
  void everyExportedTypeHasASampleOrADocumentedExemption() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : ExportedClasses.all()) {
      if (NullChecks.sampleOf(type, SAMPLES) == null
          && NullChecks.hasOwnInstanceMethods(type)
          && !NullChecks.WITHOUT_SAMPLE.containsKey(type.getName())) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).isEmpty();
    assertThat(NullChecks.WITHOUT_SAMPLE.keySet())
        .allSatisfy(name -> assertThat(NullChecks.sampleOf(Class.forName(name), SAMPLES)).isNull());
  }
}
