package io.github.coexist.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.livestate.ClixmlReader;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.SnapshotJsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a live organisation of 10,000 objects, each beside its floor in the same run: coexist's
 * snapshot JSON read (parse, every value through the model's parse, objects built) against a bare
 * Jackson tree read of the same text (target at most 2x), and an Export-Clixml capture of the same
 * objects against a bare JDK StAX pass over the same bytes (target at most 3x).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class LiveStateBenchmark {
  static final int OBJECTS = 10_000;

  private final ObjectMapper jackson = new ObjectMapper();
  private final XMLInputFactory stax = XMLInputFactory.newFactory();
  private String json;
  private byte[][] captures;

  /** Builds both inputs and checks that coexist reads every object of them. */
  @Setup
  public void build() throws IOException {
    json = SyntheticSnapshots.json(OBJECTS, SyntheticPlans.SEED);
    String[] texts = SyntheticSnapshots.clixml(OBJECTS, SyntheticPlans.SEED);
    captures = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      captures[i] = texts[i].getBytes(StandardCharsets.UTF_8);
    }
    if (count(snapshotJson()) != OBJECTS || clixml() != OBJECTS) {
      throw new IllegalStateException("the synthetic organisation does not read whole");
    }
  }

  /** coexist: the snapshot JSON into model objects. */
  @Benchmark
  public Snapshot snapshotJson() throws IOException {
    return SnapshotJsonReader.read(new StringReader(json), "snapshot.json");
  }

  /** The floor: Jackson's tree of the same text. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return jackson.readTree(json);
  }

  /** coexist: the four captures into model objects; the number of objects read. */
  @Benchmark
  public int clixml() {
    int objects = 0;
    for (byte[] capture : captures) {
      objects +=
          count(
              ClixmlReader.read(
                  new ByteArrayInputStream(capture),
                  "capture.xml",
                  Environment.EXCHANGE_SERVER,
                  Optional.empty()));
    }
    return objects;
  }

  /** The floor: one StAX pass over the same bytes, touching every element name and text. */
  @Benchmark
  public long staxPass() throws XMLStreamException {
    long touched = 0;
    for (byte[] capture : captures) {
      XMLStreamReader xml = stax.createXMLStreamReader(new ByteArrayInputStream(capture));
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          touched += xml.getLocalName().length() + xml.getAttributeCount();
        } else if (event == XMLStreamConstants.CHARACTERS) {
          touched += xml.getText().length();
        }
      }
      xml.close();
    }
    return touched;
  }

  private static int count(Snapshot snapshot) {
    int objects = 0;
    for (ObjectKind kind : ObjectKind.values()) {
      objects += snapshot.objectsIfRead(kind).size();
    }
    return objects;
  }
}
