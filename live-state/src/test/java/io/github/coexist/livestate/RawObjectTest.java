package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.ObjectKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Duplicate property names are refused whether the object is small (a scan) or large (a set). */
class RawObjectTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 31, 32, 33, 100})
  void refusesAPropertyGivenTwiceWithoutCaseAtAnySize(int before) {
    RawObject raw = new RawObject(ObjectKind.SEND_CONNECTOR, "s.json:1:1", new ParsedValues());
    for (int i = 0; i < before; i++) {
      raw.put("Extra" + i, new LiveValue.Null(new At("s.json", 1, i + 2)));
    }
    raw.put("Fqdn", new LiveValue.Text("a.contoso.com", new At("s.json", 2, 1)));
    for (int i = before; i < 2 * before; i++) {
      raw.put("Extra" + i, new LiveValue.Null(new At("s.json", 3, i + 2)));
    }

    assertThat(raw.size()).isEqualTo(2 * before + 1);
    assertThat(raw.name(before)).isEqualTo("Fqdn");
    assertThatThrownBy(() -> raw.put("FQDN", new LiveValue.Text("b", new At("s.json", 9, 7))))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessage("s.json:9:7: property \"FQDN\" given twice in one object");
    if (before > 0) {
      assertThatThrownBy(() -> raw.put("extra0", new LiveValue.Null(new At("s.json", 9, 8))))
          .hasMessage("s.json:9:8: property \"extra0\" given twice in one object");
    }
  }
}
