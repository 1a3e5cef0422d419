package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binding-overlap rule on a server with 100,000 remote ranges: a pairwise check would compare 5
 * * 10^9 pairs; the sweep finds the one conflict. (Correctness at scale; timings are the
 * benchmark's business, not a test's.)
 */
class LargePlanTest {
  private static IpAddress address(long offset) {
    return IpAddress.fromBigInteger(BigInteger.valueOf(0x0B000000L + offset), true);
  }

  @Test
  void findsTheOverlapsAmongAHundredThousandRanges() {
    // 1,000 partner connectors on EX01's 0.0.0.0:25, 100 disjoint /30 blocks each.
    List<ReceiveConnector> connectors = new ArrayList<>(TestPlans.server().receiveConnectors());
    for (int k = 0; k < 1_000; k++) {
      List<IpRange> blocks = new ArrayList<>();
      for (int j = 0; j < 100; j++) {
        blocks.add(IpRange.cidr(address(400L * k + 4L * j), 30));
      }
      connectors.add(
          ReceiveConnector.builder()
              .name("Partner " + k)
              .server("EX01")
              .addBinding(Binding.parse("0.0.0.0:25"))
              .remoteIpRanges(blocks)
              .addPermissionGroup(PermissionGroup.PARTNERS)
              .addAuthMechanism(AuthMechanism.TLS)
              .build());
    }
    // 11.0.0.30-11.0.0.33 crosses Partner 0's blocks 11.0.0.28/30 and 11.0.0.32/30.
    connectors.add(
        ReceiveConnector.builder()
            .from(connectors.get(2))
            .name("Crossing")
            .remoteIpRanges(List.of(IpRange.range(address(30), address(33))))
            .build());
    CoexistencePlan plan = TestPlans.plan(TestPlans.server(), p -> p.receiveConnectors(connectors));

    List<Diagnostic> findings =
        PlanValidator.of(
                RuleSet.empty().with(RuleSet.builtIn().rule("COEX-RECV-012").orElseThrow()))
            .validate(plan, ValidationContext.on(TestPlans.TODAY))
            .diagnostics();

    assertThat(findings)
        .extracting(Diagnostic::path)
        .containsExactly(
            "receiveConnectors[2].remoteIpRanges[8]", "receiveConnectors[1002].remoteIpRanges[0]");
    assertThat(findings.get(0).message()).contains("11.0.0.32/30").contains("\"Crossing\"");
    assertThat(findings.get(1).message()).contains("11.0.0.28/30").contains("\"Partner 0\"");
  }
}
