package io.github.coexist.testing;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.recommend.RecommendedPlans;
import java.time.LocalDate;
import java.util.List;

/** Plans the assertion tests judge. */
final class Plans {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  private Plans() {}

  static CoexistencePlan recommended(Environment environment) {
    return RecommendedPlans.create(RecommendedPlans.example(environment));
  }

  /**
   * The recommended Exchange Server plan with BasicAuth beside ExternalAuthoritative (RECV-002).
   */
  static CoexistencePlan withBasicAuth() {
    CoexistencePlan plan = recommended(Environment.EXCHANGE_SERVER);
    ReceiveConnector first =
        ReceiveConnector.builder()
            .from(plan.receiveConnectors().get(0))
            .authMechanism(
                List.of(
                    AuthMechanism.TLS,
                    AuthMechanism.EXTERNAL_AUTHORITATIVE,
                    AuthMechanism.BASIC_AUTH))
            .permissionGroups(
                List.of(io.github.coexist.core.model.PermissionGroup.EXCHANGE_SERVERS))
            .build();
    return CoexistencePlan.builder()
        .from(plan)
        .receiveConnectors(List.of(first, plan.receiveConnectors().get(1)))
        .build();
  }
}
