package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.ObjectKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snapshot reader tells the parser to expect each object's property names in the order of the
 * object before. Whatever the order, the case or the escaping of the names, each object reads as it
 * does alone in a document of its own, where nothing is expected.
 */
class ExpectedNamesTest {
  private static final String[][] PROPERTIES = {
    {"Name", null},
    {"Identity", null},
    {"Comment", "\"a comment\""},
    {"MaxMessageSize", "\"35 MB (36,700,160 bytes)\""},
    {"SmartHosts", "[\"10.1.1.1\", \"10.1.1.2\"]"},
    {"AddressSpaces", "[\"SMTP:domino.contoso.com;1\"]"},
    {"RequireTLS", "true"},
    {"DNSRoutingEnabled", "false"},
    {"Port", "25"},
    {"WhenChanged", "\"3/1/2026 10:00:00 AM\""},
    {"SourceTransportServers", "[]"},
    {"Fqdn", "null"}
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyObjectReadsAsItDoesAlone(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> objects = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      objects.add(object(random, i));
    }
    List<LiveObject> together =
        SnapshotJsonReaderTest.read(document(objects)).objectsIfRead(ObjectKind.SEND_CONNECTOR);

    assertThat(together).hasSize(count);
    for (int i = 0; i < count; i++) {
      List<LiveObject> alone =
          SnapshotJsonReaderTest.read(document(List.of(objects.get(i))))
              .objectsIfRead(ObjectKind.SEND_CONNECTOR);
      assertThat(together.get(i)).as("object %d of seed %d", i, seed).isEqualTo(alone.get(0));
    }
  }

  @Test
  void aNameGivenTwiceIsRefusedWhereverTheObjectBeforePutIt() {
    String first = "{\"Name\": \"A\", \"Comment\": \"x\", \"Port\": 25}";
    String second = "{\"Name\": \"B\", \"Comment\": \"x\", \"comment\": \"y\"}";

    assertThatThrownBy(() -> SnapshotJsonReaderTest.read(document(List.of(first, second))))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("\"comment\" given twice in one object");
  }

  @Test
  void aValueAfterAnExpectedNameIsLocatedWhereItStands() throws IOException {
    String objects =
        """
        {"Name": "A",
         "SmartHosts": ["10.1.1.1"], "Port": 25},
        {"Name": "B",
         "SmartHosts": ["not a host!"], "Port": 25}""";
    String json =
        SnapshotJsonReaderTest.head("\"sendConnectors\": {\"objects\": [" + objects + "]}");
    LiveObject second =
        SnapshotJsonReaderTest.read(json).objectsIfRead(ObjectKind.SEND_CONNECTOR).get(1);

    assertThat(second.rejected().get("SmartHosts"))
        .startsWith("s.json:4:16: not a smart host: \"not a host!\"");
  }

  /**
   * One send connector: some of the properties, in a shuffled order or the usual one, a name now
   * and then in another case or with a letter written as a JSON escape.
   */
  private static String object(Random random, int index) {
    List<String> members = new ArrayList<>();
    members.add(member(random, "Name", "\"To Domino " + index + "\""));
    for (String[] property : PROPERTIES) {
      if (property[1] != null && random.nextInt(4) > 0) {
        members.add(member(random, property[0], property[1]));
      }
    }
    if (random.nextBoolean()) {
      Collections.shuffle(members, random);
    }
    return "{" + String.join(", ", members) + "}";
  }

  private static String member(Random random, String name, String value) {
    String written =
        switch (random.nextInt(6)) {
          case 0 -> name.toUpperCase(Locale.ROOT);
          case 1 -> String.format(Locale.ROOT, "\\u%04X", (int) name.charAt(0)) + name.substring(1);
          default -> name;
        };
    return "\"" + written + "\": " + value;
  }

  private static String document(List<String> objects) {
    return SnapshotJsonReaderTest.head(
        "\"sendConnectors\": {\"objects\": [" + String.join(", ", objects) + "]}");
  }
}
