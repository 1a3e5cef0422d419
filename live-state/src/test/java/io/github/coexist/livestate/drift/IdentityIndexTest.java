package io.github.coexist.livestate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.livestate.drift.IdentityIndex.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentityIndexTest {
  @Test
  void chainsEachIdentityInInputOrderWithoutCase() {
    String[][] keys = {
      {"EX01", "Inbound"},
      {null, "Inbound"},
      {"ex01", "INBOUND"},
      {"EX02", "Inbound"},
      {null, "inbound"}
    };
    IdentityIndex index = new IdentityIndex(keys.length);
    for (int i = keys.length - 1; i >= 0; i--) {
      index.addFirst(new Identity(keys[i][0], keys[i][1]), i);
    }
    assertThat(chain(index, "Ex01", "inbound")).containsExactly(0, 2);
    assertThat(chain(index, null, "INBOUND")).containsExactly(1, 4);
    assertThat(chain(index, "EX02", "Inbound")).containsExactly(3);
    assertThat(chain(index, "EX03", "Inbound")).isEmpty();
    assertThat(chain(index, "EX01", "Outbound")).isEmpty();
  }

  @Test
  void findsEveryOneOfManyNamesThatDifferInTheirLastCharacters() {
    int size = 20_000;
    IdentityIndex index = new IdentityIndex(size);
    for (int i = size - 1; i >= 0; i--) {
      index.addFirst(new Identity(null, "Outbound to Notes " + i), i);
    }
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      int i = random.nextInt(size);
      assertThat(chain(index, null, "OUTBOUND TO NOTES " + i)).containsExactly(i);
    }
    assertThat(chain(index, null, "Outbound to Notes " + size)).isEmpty();
  }

  private static List<Integer> chain(IdentityIndex index, String first, String second) {
    List<Integer> positions = new ArrayList<>();
    Identity identity = new Identity(first, second);
    for (int i = index.head(identity); i >= 0; i = index.next(i)) {
      positions.add(i);
    }
    return positions;
  }
}
