package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanMigrationTest {
  /**
   * A made-up format 0 that called the Domino settings "btcal" and wrote the foreign-domain mailbox
   * as "mailbox": the kind of rename a real migration will do.
   */
  private static final PlanMigration ZERO_TO_ONE =
      new PlanMigration() {
        @Override
        public int fromVersion() {
          return 0;
        }

        @Override
        public void migrate(PlanNode.Mapping root) {
          root.rename("btcal", "domino");
          Optional<PlanNode> domino = root.get("domino");
          if (domino.isPresent() && domino.get() instanceof PlanNode.Mapping mapping) {
            mapping.rename("mailbox", "foreignDomainMailbox");
          }
        }
      };

  private static final String VERSION_ZERO =
      """
      formatVersion: 0
      environment: exchange-online
      domains: {primary: c.com, dominoRouting: d.c.com, exchangeRouting: e.c.com}
      btcal:
        foreignDomain: Exchange
        mailbox: btexchange.box
      organization: Contoso
      """;

  @Test
  void migratesAnOlderFileToTheCurrentModel() {
    CoexistencePlan plan =
        PlanReader.standard().withMigration(ZERO_TO_ONE).read(VERSION_ZERO, "old.yaml");

    assertThat(plan.formatVersion()).isEqualTo(CoexistencePlan.CURRENT_FORMAT_VERSION);
    assertThat(plan.domino().orElseThrow().foreignDomainMailbox()).contains("btexchange.box");
    assertThat(plan.organization()).contains("Contoso");
  }

  @Test
  void errorsAfterMigrationStillPointIntoTheOriginalFile() {
    String broken = VERSION_ZERO.replace("mailbox: btexchange.box", "mailbox: [x]");

    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    PlanFileException.class,
                    () -> PlanReader.standard().withMigration(ZERO_TO_ONE).read(broken, "old.yaml"))
                .getMessage())
        .isEqualTo("old.yaml:6:12: domino.foreignDomainMailbox: expected a text, found a list");
  }

  @Test
  void withoutTheMigrationTheOlderFileIsRefused() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    PlanFileException.class,
                    () -> PlanReader.standard().read(VERSION_ZERO, "old.yaml"))
                .getMessage())
        .isEqualTo("old.yaml:1:16: formatVersion: 0 is not supported (this coexist reads 1)");
  }

  @Test
  void writingAfterMigrationWritesTheCurrentFormat() {
    CoexistencePlan plan =
        PlanReader.standard().withMigration(ZERO_TO_ONE).read(VERSION_ZERO, "old.yaml");

    assertThat(PlanWriter.write(plan, PlanFormat.YAML))
        .startsWith("formatVersion: 1\n")
        .contains("domino:\n  foreignDomain: Exchange\n  foreignDomainMailbox: btexchange.box\n");
  }
}
