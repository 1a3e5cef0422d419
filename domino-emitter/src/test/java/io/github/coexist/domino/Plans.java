package io.github.coexist.domino;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.testplans.ValidPlans;
import java.time.LocalDate;
import java.util.function.Consumer;

/** The plans the tests emit from (test-plans' {@link ValidPlans}, plus Domino edits). */
final class Plans {
  static final LocalDate TODAY = ValidPlans.DAY;

  private Plans() {}

  static CoexistencePlan recommended(Environment environment) {
    return ValidPlans.recommended(environment);
  }

  /** Valid under the standard rules, as the CLI requires. */
  static ValidatedPlan valid(CoexistencePlan plan) {
    return ValidPlans.validate(plan);
  }

  /** Valid under no rules: the emitter's own refusals are tested with it. */
  static ValidatedPlan unchecked(CoexistencePlan plan) {
    return ValidPlans.unchecked(plan);
  }

  /** The Exchange Server recommendation with its Domino settings edited. */
  static CoexistencePlan withDomino(Consumer<ImmutableDominoSettings.Builder> edit) {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_SERVER);
    ImmutableDominoSettings.Builder domino =
        DominoSettings.builder().from(plan.domino().orElseThrow());
    edit.accept(domino);
    return CoexistencePlan.builder().from(plan).domino(domino.build()).build();
  }

  /** The recommended Exchange Server plan's directory facts. */
  static DominoDirectory directory() {
    return recommended(Environment.EXCHANGE_SERVER)
        .domino()
        .orElseThrow()
        .directory()
        .orElseThrow();
  }
}
