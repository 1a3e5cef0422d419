package io.github.coexist.testing;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CoexistencePlan}.
 *
 * <pre>{@code
 * assertThat(plan)
 *     .hasEnvironment(Environment.EXCHANGE_SERVER)
 *     .hasObject(ObjectKind.SEND_CONNECTOR, "Outbound to Domino")
 *     .isValidOn(LocalDate.of(2026, 11, 27));
 * assertThat(plan).validatedOn(day).hasWarning("COEX-TLS-003").at("sendConnectors[0]");
 * }</pre>
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, CoexistencePlan> {
  PlanAssert(CoexistencePlan actual) {
    super(actual, PlanAssert.class);
  }

  /** Fails unless the plan targets {@code environment}. */
  public PlanAssert hasEnvironment(Environment environment) {
    isNotNull();
    if (actual.environment() != environment) {
      failWithMessage(
          "%s",
          "Expected a plan for "
              + environment.key()
              + ", but it is for "
              + actual.environment().key());
    }
    return this;
  }

  /** Fails unless the plan has an object of {@code kind} called {@code name}. */
  public PlanAssert hasObject(ObjectKind kind, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    isNotNull();
    List<String> names = names(kind);
    if (!names.contains(name)) {
      failWithMessage(
          "%s",
          "Expected "
              + kind.planKey()
              + " to have \""
              + name
              + "\", but "
              + (names.isEmpty()
                  ? "there are none"
                  : "it has "
                      + names.stream()
                          .map(n -> "\"" + n + "\"")
                          .collect(Collectors.joining(", "))));
    }
    return this;
  }

  /** Fails unless the plan has exactly {@code count} objects of {@code kind}. */
  public PlanAssert hasObjectCount(ObjectKind kind, int count) {
    isNotNull();
    List<String> names = names(kind);
    if (names.size() != count) {
      failWithMessage(
          "%s",
          "Expected "
              + count
              + " "
              + kind.planKey()
              + ", but the plan has "
              + names.size()
              + ": "
              + names);
    }
    return this;
  }

  /**
   * Validates the plan with {@link PlanValidator#withDiscoveredRules()} (coexist's rules and the
   * rules your test class path registers) as of {@code day} and fails, listing the errors, when it
   * has any.
   */
  public PlanAssert isValidOn(LocalDate day) {
    validatedOn(day).hasNoErrors();
    return this;
  }

  /**
   * The report of {@link PlanValidator#withDiscoveredRules()} as of {@code day}, to assert on: the
   * rules your own jar registers with {@code ServiceLoader} are judged along with coexist's.
   */
  public ValidationReportAssert validatedOn(LocalDate day) {
    return validatedBy(PlanValidator.withDiscoveredRules(), day);
  }

  /** The report of {@code validator} as of {@code day}, to assert on. */
  public ValidationReportAssert validatedBy(PlanValidator validator, LocalDate day) {
    java.util.Objects.requireNonNull(validator, "validator");
    java.util.Objects.requireNonNull(day, "day");
    isNotNull();
    return new ValidationReportAssert(validator.validate(actual, ValidationContext.on(day)));
  }

  private List<String> names(ObjectKind kind) {
    return actual.objects(kind).stream().map(ExchangeObject::name).collect(Collectors.toList());
  }
}
