package io.github.coexist.examples;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;

/**
 * Runs the custom {@link CsvInventoryEmitter} on a validated plan, exactly as coexist's own
 * emitters run: any {@code Emitter<A>} takes a {@link ValidatedPlan}, so it can only see plans that
 * passed validation.
 */
public final class InventoryExample {
  private InventoryExample() {}

  /** Prints the inventory of the recommended Exchange Server plan. */
  public static void main(String[] args) {
    System.out.print(run(Environment.EXCHANGE_SERVER, LocalDate.now(java.time.Clock.systemUTC())));
  }

  /** The CSV inventory of the recommended plan of {@code environment}. */
  public static String run(Environment environment, LocalDate today) {
    ValidatedPlan valid =
        PlanValidator.standard()
            .validate(
                RecommendedPlans.create(RecommendedPlans.example(environment)),
                ValidationContext.on(today))
            .requireValid();
    Emitter<Artifact> inventory = new CsvInventoryEmitter();
    return inventory.emit(valid).text();
  }
}
