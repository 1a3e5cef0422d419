package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.planio.PlanReader;
import org.junit.jupiter.api.Test;

class RecommendedPlansExampleTest {
  @Test
  void printsBothPlansAsPlanFilesThatReadBack() {
    String out = RecommendedPlansExample.run();

    String[] parts = out.split("(?m)^# exchange-server\n");
    assertThat(parts).hasSize(2);
    assertThat(parts[0]).startsWith("# exchange-online\nformatVersion: 1\n");
    assertThat(PlanReader.standard().read(parts[0], "online.yaml"))
        .isEqualTo(RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE)));
    assertThat(PlanReader.standard().read(parts[1], "server.yaml"))
        .isEqualTo(RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER)));
  }
}
