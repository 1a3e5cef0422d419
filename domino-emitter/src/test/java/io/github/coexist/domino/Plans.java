package io.github.coexist.domino;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.testplans.ValidPlans;
import java.util.function.Consumer;

/** The plans the tests emit from beyond test-plans' {@link ValidPlans}: Domino edits. */
final class Plans {
  private Plans() {}

  /** The Exchange Server recommendation with its Domino settings edited. */
  static CoexistencePlan withDomino(Consumer<ImmutableDominoSettings.Builder> edit) {
    CoexistencePlan plan = ValidPlans.recommended(Environment.EXCHANGE_SERVER);
    ImmutableDominoSettings.Builder domino =
        DominoSettings.builder().from(plan.domino().orElseThrow());
    edit.accept(domino);
    return CoexistencePlan.builder().from(plan).domino(domino.build()).build();
  }

  /** The recommended Exchange Server plan's directory facts. */
  static DominoDirectory directory() {
    return ValidPlans.recommended(Environment.EXCHANGE_SERVER)
        .domino()
        .orElseThrow()
        .directory()
        .orElseThrow();
  }
}
