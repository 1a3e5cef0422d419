package io.github.coexist.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.SnapshotJsonReader;
import io.github.coexist.livestate.SnapshotJsonWriter;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drift (issue 18): reading a snapshot document of 100 to 100,000 objects and diffing it against
 * the plan it was taken of, beside the baseline of the same run, a bare Jackson tree read of the
 * same bytes. Both read through the same UTF-8 {@link Reader}, so the decoding of the bytes is the
 * same and the difference is coexist's work: typed values, matching and comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class DriftBenchmark {
  /** Objects in the plan and in the snapshot. */
  @Param({"100", "1000", "10000", "100000"})
  public int objects;

  /**
   * The snapshot's order of each kind: {@code plan}, the plan's own (an organisation whose plan was
   * imported from it, where the drift's match by position succeeds); {@code shuffled}, a fixed-seed
   * random order (a plan written by hand, where every object is matched through the index).
   */
  @Param({"plan", "shuffled"})
  public String order;

  private CoexistencePlan plan;
  private byte[] snapshot;
  private final ObjectMapper jackson = new ObjectMapper();

  /** The plan of {@code objects} objects and its snapshot document, once per trial. */
  @Setup
  public void generate() throws IOException {
    plan = plan(objects);
    CoexistencePlan live = order.equals("shuffled") ? shuffled(plan, new Random(42)) : plan;
    StringWriter json = new StringWriter();
    SnapshotJsonWriter.write(PlanAsSnapshot.of(live), json);
    snapshot = json.toString().getBytes(StandardCharsets.UTF_8);
    Drift check = Drift.between(plan, read());
    if (!check.isInSync()) {
      throw new IllegalStateException("the benchmark's snapshot is not in sync: " + check);
    }
  }

  /** coexist: the snapshot read into typed objects and compared with the plan. */
  @Benchmark
  public Drift readAndDiff() throws IOException {
    return Drift.between(plan, read());
  }

  /** The baseline: Jackson's tree of the same document, nothing typed, nothing compared. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    try (Reader reader = reader()) {
      return jackson.readTree(reader);
    }
  }

  private Snapshot read() throws IOException {
    try (Reader reader = reader()) {
      return SnapshotJsonReader.read(reader, "snapshot.json");
    }
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(snapshot), StandardCharsets.UTF_8);
  }

  /** The plan with each kind's objects in a random order. */
  static CoexistencePlan shuffled(CoexistencePlan plan, Random random) {
    return CoexistencePlan.builder()
        .from(plan)
        .sendConnectors(shuffled(plan.sendConnectors(), random))
        .receiveConnectors(shuffled(plan.receiveConnectors(), random))
        .acceptedDomains(shuffled(plan.acceptedDomains(), random))
        .remoteDomains(shuffled(plan.remoteDomains(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> objects, Random random) {
    List<T> copy = new ArrayList<>(objects);
    Collections.shuffle(copy, random);
    return copy;
  }

  /**
   * A plan of {@code count} objects shaped like the recommended plan's: send and receive
   * connectors, accepted and remote domains in turn, each with its template's attributes.
   */
  static CoexistencePlan plan(int count) {
    CoexistencePlan template =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));
    ImmutableCoexistencePlan.Builder plan =
        CoexistencePlan.builder().environment(template.environment()).domains(template.domains());
    SendConnector send = template.sendConnectors().get(0);
    ReceiveConnector receive = template.receiveConnectors().get(0);
    AcceptedDomain accepted = template.acceptedDomains().get(0);
    RemoteDomain remote = template.remoteDomains().get(0);
    for (int i = 0; i < count; i++) {
      SmtpDomain domain = SmtpDomain.parse("d" + i + ".contoso.com");
      switch (i % 4) {
        case 0 ->
            plan.addSendConnector(
                SendConnector.builder().from(send).name(send.name() + " " + i).build());
        case 1 ->
            plan.addReceiveConnector(
                ReceiveConnector.builder()
                    .from(receive)
                    .name(receive.name() + " " + i)
                    .server("EX" + (i % 16))
                    .build());
        case 2 ->
            plan.addAcceptedDomain(
                AcceptedDomain.builder()
                    .from(accepted)
                    .name(domain.toString())
                    .domainName(domain)
                    .build());
        default ->
            plan.addRemoteDomain(
                RemoteDomain.builder()
                    .from(remote)
                    .name(domain.toString())
                    .domainName(domain)
                    .build());
      }
    }
    return plan.build();
  }
}
