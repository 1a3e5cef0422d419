package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.SnapshotJsonWriter;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coexist diff}, {@code coexist import} and {@code coexist emit powershell --against}. */
class LiveStateCommandsTest {
  @TempDir Path dir;

  private CoexistencePlan plan;
  private Path planFile;

  @BeforeEach
  void writePlan() throws IOException {
    plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    planFile = dir.resolve("plan.yaml");
    PlanWriter.write(plan, planFile);
  }

  private Path snapshotFile(String name, Snapshot snapshot) throws IOException {
    StringWriter json = new StringWriter();
    SnapshotJsonWriter.write(snapshot, json);
    Path file = dir.resolve(name);
    Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** The plan's own snapshot with one kind's reading replaced. */
  private Snapshot with(ObjectKind kind, KindReading reading) {
    Snapshot.Builder live = Snapshot.builder().environment(plan.environment());
    PlanAsSnapshot.of(plan).readings().forEach(live::reading);
    return live.reading(kind, reading).build();
  }

  private Snapshot withChangedSmartHosts() {
    SendConnector changed =
        SendConnector.builder()
            .from(plan.sendConnectors().get(0))
            .smartHosts(List.of(SmartHost.parse("10.9.9.9")))
            .build();
    return with(
        ObjectKind.SEND_CONNECTOR, new KindReading.Read(List.of(PlanAsSnapshot.live(changed))));
  }

  @Test
  void diffInSyncExitsZero() throws IOException {
    Path live = snapshotFile("live.json", PlanAsSnapshot.of(plan));

    Cli run = Cli.run("diff", planFile.toString(), live.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.out)
        .isEqualTo("in-sync: 0 differences, 0 unknown kinds, 0 not reported, 0 unmanaged\n");
  }

  @Test
  void diffWithDriftExitsOneAndGivesThePlanPathInJson() throws IOException {
    Path live = snapshotFile("live.json", withChangedSmartHosts());

    Cli run = Cli.run("diff", planFile.toString(), live.toString(), "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out)
        .contains("\"status\": \"drift\"")
        .contains("\"path\": \"sendConnectors[0].smartHosts\"")
        .contains("\"10.9.9.9\"");
  }

  @Test
  void diffOfOneKindComparesOnlyThatKind() throws IOException {
    Path live = snapshotFile("live.json", withChangedSmartHosts());

    Cli run = Cli.run("diff", planFile.toString(), live.toString(), "--kind", "receive-connector");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
  }

  @Test
  void anUnreadableKindExitsTwoAndIsNeverMissing() throws IOException {
    Path live =
        snapshotFile(
            "live.json",
            with(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("Access is denied.")));

    Cli run = Cli.run("diff", planFile.toString(), live.toString(), "--format", "markdown");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out).contains("## Unknown (not compared)").doesNotContain("missing |");
  }

  @Test
  void aMalformedSnapshotIsOneLineWithItsPlace() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, "{\"format\": \"coexist-snapshot\", \"formatVersion\": 1,\n  \"kinds\": [}");

    Cli run = Cli.run("diff", planFile.toString(), bad.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).startsWith("coexist: " + bad + ":2:").doesNotContain("\tat ");
    assertThat(run.err.lines()).hasSize(1);
  }

  @Test
  void aSnapshotOfTheOtherEnvironmentIsRefused() throws IOException {
    CoexistencePlan online = ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE);
    Path live = snapshotFile("online.json", PlanAsSnapshot.of(online));

    Cli run = Cli.run("diff", planFile.toString(), live.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .contains("a snapshot of exchange-online, but the plan is for exchange-server");
  }

  @Test
  void jsonWithoutTheSnapshotMarkNeedsAKind() throws IOException {
    Path records = dir.resolve("records.json");
    Files.writeString(records, "[{\"Name\": \"Outbound to Domino\"}]");

    Cli run = Cli.run("diff", planFile.toString(), records.toString());

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("--kind");
  }

  @Test
  void convertToJsonRecordsOfTheKindNamedAreDiffed() throws IOException {
    Path records = dir.resolve("send.json");
    Files.writeString(
        records,
        "\uFEFF[{\"Name\": \"Outbound to Domino\", \"SmartHosts\": [\"10.9.9.9\"],"
            + " \"RequireTLS\": false}]");

    Cli run = Cli.run("diff", planFile.toString(), records.toString(), "--kind", "send-connector");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out)
        .contains(
            "DIFFERS sendConnectors[0].smartHosts \"Outbound to Domino\": planned [10.1.1.1,"
                + " 10.1.1.2], live [10.9.9.9]")
        .contains("NOT-REPORTED sendConnectors[0].addressSpaces");
  }

  @Test
  void importWritesAPlanThatDiffsInSyncWithTheSameInput() throws IOException {
    Path live = snapshotFile("live.json", PlanAsSnapshot.of(plan));
    Path imported = dir.resolve("imported.json");

    Cli run =
        Cli.run(
            "import",
            live.toString(),
            "--environment",
            "exchange-server",
            "--primary-domain",
            "contoso.com",
            "--domino-domain",
            "domino.contoso.com",
            "--exchange-domain",
            "exch.contoso.com",
            "-o",
            imported.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
    CoexistencePlan read = PlanReader.standard().read(imported);
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(read.objects(kind)).isEqualTo(plan.objects(kind));
    }
    Cli diff = Cli.run("diff", imported.toString(), live.toString());
    assertThat(diff.exitCode).as(diff.toString()).isEqualTo(ExitCode.OK);
  }

  @Test
  void importNamesUnreadableKindsOnStandardError() throws IOException {
    Path live =
        snapshotFile(
            "live.json",
            with(ObjectKind.SEND_CONNECTOR, new KindReading.Unreadable("Access is denied.")));

    Cli run =
        Cli.run(
            "import",
            live.toString(),
            "--environment",
            "exchange-server",
            "--primary-domain",
            "contoso.com",
            "--domino-domain",
            "domino.contoso.com",
            "--exchange-domain",
            "exch.contoso.com");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.err)
        .isEqualTo(
            "WARNING sendConnectors: not imported: Get-SendConnector failed: Access is denied.\n");
    assertThat(run.out).contains("receiveConnectors:").doesNotContain("sendConnectors:");
  }

  @Test
  void importNeedsAllThreeDomainsOrNone() throws IOException {
    Path live = snapshotFile("live.json", PlanAsSnapshot.of(plan));

    Cli run =
        Cli.run(
            "import",
            live.toString(),
            "--environment",
            "exchange-server",
            "--primary-domain",
            "a.com");

    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("all three");
  }

  @Test
  void changeOnlyScriptOfAPlanInSyncChangesNothing() throws IOException {
    Path live = snapshotFile("live.json", PlanAsSnapshot.of(plan));

    Cli run = Cli.run("emit", "powershell", planFile.toString(), "--against", live.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.out)
        .contains("this script changes nothing")
        .doesNotContain("New-SendConnector")
        .doesNotContain("Set-ReceiveConnector");
  }

  @Test
  void changeOnlyScriptSetsOnlyWhatDiffers() throws IOException {
    Path live = snapshotFile("live.json", withChangedSmartHosts());

    Cli run = Cli.run("emit", "powershell", planFile.toString(), "--against", live.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.out)
        .contains(
            "Set-SendConnector -Identity 'Outbound to Domino' -SmartHosts '10.1.1.1','10.1.1.2' -")
        .doesNotContain("Set-ReceiveConnector");
  }
}
