package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.value.AddressSpace;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The contract's own example (plan-format.md, "A sketch") reads as the contract describes it. */
class PlanFormatContractTest {
  @Test
  void readsTheSketchOfThePlanFormatContract() throws Exception {
    String sketch;
    try (InputStream in = getClass().getResourceAsStream("/plans/plan-format-sketch.yaml")) {
      sketch = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    CoexistencePlan plan = PlanReader.standard().read(sketch, "plan-format-sketch.yaml");

    assertThat(plan.exchangeVersion()).contains(ExchangeVersion.EXCHANGE_2019);
    assertThat(plan.coexistenceServers().get(0).name()).isEqualTo("COEX01/ACME");
    assertThat(plan.sendConnectors().get(0).addressSpaces())
        .containsExactly(AddressSpace.parse("SMTP:domino.contoso.com;1"));
    assertThat(plan.receiveConnectors().get(0).authMechanism())
        .containsExactly(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE);
    assertThat(plan.receiveConnectors().get(0).server()).contains("EX01");
    assertThat(plan.domino().orElseThrow().foreignDomainMailbox()).contains("btexchange.box");
  }
}
