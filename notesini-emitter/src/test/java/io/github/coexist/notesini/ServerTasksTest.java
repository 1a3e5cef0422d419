package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTasksTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "Router|Router,BTCal",
        "Update,Replica,Router|Update,Replica,Router,BTCal",
        "Replica, Router, Update|Replica, Router, Update, BTCal",
        "Replica,Router,  Update|Replica,Router,  Update,  BTCal",
        "Replica, Router,Update|Replica, Router,Update,BTCal",
        "Router,Update  |Router,Update,BTCal  ",
        "Router,|Router,BTCal",
        "''|BTCal",
        "'  '|BTCal  ",
        "router,HTTP|router,HTTP,BTCal",
      })
  void addsTheTaskLastInTheListsOwnStyle(String before, String after) {
    assertThat(
            new String(
                ServerTasks.withTask(before.getBytes(ISO_8859_1), "BTCal").orElseThrow(),
                ISO_8859_1))
        .isEqualTo(after);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"BTCal", "btcal", "Router,BTCAL", "Router, btCal ,HTTP", "Router,\tBTCal\t"})
  void addsNothingWhenTheTaskIsThereInAnyCasing(String value) {
    assertThat(ServerTasks.withTask(value.getBytes(ISO_8859_1), "BTCal")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nBTCal", "BTCalX", "Router;BTCal", "'BTCal'"})
  void otherTasksThatLookAlikeDoNotCount(String value) {
    assertThat(ServerTasks.contains(value.getBytes(ISO_8859_1), "BTCal")).isFalse();
  }
}
