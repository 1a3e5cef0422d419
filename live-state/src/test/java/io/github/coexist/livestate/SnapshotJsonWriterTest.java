package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotJsonWriterTest {
  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  private static Snapshot roundTrip(Snapshot snapshot) throws IOException {
    StringWriter out = new StringWriter();
    SnapshotJsonWriter.write(snapshot, out);
    return SnapshotJsonReader.read(new StringReader(out.toString()), "snapshot.json");
  }

  /** Generated plans (every attribute type, hostile text): written, read, still in sync. */
  @ParameterizedTest
  @MethodSource("seeds")
  void whatItWritesReadsBackInSyncWithThePlan(long seed) throws IOException {
    CoexistencePlan plan = new PlanGenerator(seed).plan();

    Snapshot read = roundTrip(PlanAsSnapshot.of(plan));

    Drift drift = Drift.between(plan, read);
    assertThat(drift.differences()).as("seed %d", seed).isEmpty();
    assertThat(drift.unmanaged()).isEmpty();
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(read.objectsIfRead(kind)).allSatisfy(o -> assertThat(o.rejected()).isEmpty());
    }
  }

  @Test
  void unreadableKindsAndReadOnlyPropertiesSurvive() throws IOException {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Snapshot.Builder builder = Snapshot.builder().environment(Environment.EXCHANGE_SERVER);
    PlanAsSnapshot.of(plan).readings().forEach(builder::reading);
    builder.reading(ObjectKind.REMOTE_DOMAIN, new KindReading.Unreadable("Access is denied."));
    Snapshot snapshot = builder.build();

    Snapshot read = roundTrip(snapshot);

    assertThat(read.reading(ObjectKind.REMOTE_DOMAIN))
        .isEqualTo(new KindReading.Unreadable("Access is denied."));
    assertThat(read.objectsIfRead(ObjectKind.RECEIVE_CONNECTOR))
        .extracting(LiveObject::identity)
        .containsExactly("EX01\\Inbound from Domino", "EX02\\Inbound from Domino");
  }
}
