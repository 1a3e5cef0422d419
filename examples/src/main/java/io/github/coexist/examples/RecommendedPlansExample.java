package io.github.coexist.examples;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;

/**
 * The first program: the guide's recommended plans (section 7, errata applied) for the example
 * organisation, for Exchange Online and Exchange Server, printed as plan files (YAML).
 */
public final class RecommendedPlansExample {
  private RecommendedPlansExample() {}

  /** Prints both plans. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Both plans as YAML, each after a comment line naming its environment. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    for (Environment environment : Environment.values()) {
      CoexistencePlan plan = RecommendedPlans.create(RecommendedPlans.example(environment));
      out.append("# ").append(environment.key()).append('\n');
      out.append(PlanWriter.write(plan, PlanFormat.YAML));
    }
    return out.toString();
  }
}
