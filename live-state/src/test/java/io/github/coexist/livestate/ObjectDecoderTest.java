package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One object's properties into a live object: duplicates, and one decoder for many objects. */
class ObjectDecoderTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 31, 32, 33, 100})
  void refusesAPropertyGivenTwiceWithoutCaseAtAnySize(int before) {
    ObjectDecoder decoder = new ObjectDecoder("s.json");
    decoder.begin(ObjectKind.SEND_CONNECTOR, 1, 1);
    decoder.putText("Name", "To Domino", 1, 2);
    for (int i = 0; i < before; i++) {
      decoder.putNull("Extra" + i, 1, i + 2);
    }
    decoder.putText("Fqdn", "a.contoso.com", 2, 1);
    for (int i = before; i < 2 * before; i++) {
      decoder.putNull("Extra" + i, 3, i + 2);
    }

    assertThatThrownBy(() -> decoder.putText("FQDN", "b", 9, 7))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("s.json:9:7: property \"FQDN\" given twice in one object");
    if (before > 0) {
      assertThatThrownBy(() -> decoder.put("extra0", new LiveValue.Null(new At("s.json", 9, 8))))
          .hasMessage("s.json:9:8: property \"extra0\" given twice in one object");
    }
  }

  @Test
  void startsEveryObjectWithNothingSeenAndNothingKept() {
    ObjectDecoder decoder = new ObjectDecoder("s.json");
    decoder.begin(ObjectKind.SEND_CONNECTOR, 1, 1);
    decoder.putText("Name", "A", 1, 2);
    decoder.putText("Fqdn", "a.contoso.com", 1, 3);
    decoder.putText("WhenChanged", "yesterday", 1, 4);
    decoder.putText("MaxMessageSize", "35 parsecs", 1, 5);
    decoder.putNull("Comment", 1, 6);
    LiveObject first = decoder.finish();

    decoder.begin(ObjectKind.SEND_CONNECTOR, 2, 1);
    decoder.putText("NAME", "B", 2, 2);
    decoder.putTexts("FQDN", List.of("b.contoso.com"), 2, 3);
    LiveObject second = decoder.finish();

    assertThat(first.readOnly()).containsExactly(java.util.Map.entry("WhenChanged", "yesterday"));
    assertThat(first.rejected()).containsOnlyKeys("MaxMessageSize");
    assertThat(first.rejected().get("MaxMessageSize")).startsWith("s.json:1:5: ");
    assertThat(first.object().explicitNulls()).containsExactly("comment");
    SendConnector b = (SendConnector) second.object();
    assertThat(b.name()).isEqualTo("B");
    assertThat(b.fqdn()).map(Object::toString).contains("b.contoso.com");
    assertThat(b.explicitNulls()).isEmpty();
    assertThat(second.readOnly()).isEmpty();
    assertThat(second.rejected()).isEmpty();
  }

  @Test
  void namesCompareWithoutTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
    try {
      ObjectDecoder decoder = new ObjectDecoder("s.json");
      decoder.begin(ObjectKind.SEND_CONNECTOR, 1, 1);
      decoder.putBoolean("IsScopedConnector", true, 1, 2);
      assertThatThrownBy(() -> decoder.putBoolean("ISSCOPEDCONNECTOR", true, 1, 9))
          .hasMessage("s.json:1:9: property \"ISSCOPEDCONNECTOR\" given twice in one object");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
