package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token texts read exactly, a repeated one as the same string, whatever shares its slot. */
class RepeatedTextsTest {
  @Test
  void readsEveryTextExactlyAndARepeatedOneAsTheSameString() throws IOException {
    StringBuilder json = new StringBuilder("[");
    List<String> expected = new ArrayList<>();
    String[] hostile = {
      "35 MB (36,700,160 bytes)",
      "a\"b\\c\nd\u0000e",
      "\u202eevil",
      "‘$(x)’ `y`",
      "\uD83D\uDE00",
      ""
    };
    // Enough distinct texts that many share a slot (4096 slots), each given twice in a row and
    // once again at the end.
    for (int i = 0; i < 10_000; i++) {
      String text = i < hostile.length ? hostile[i] : "t" + i;
      expected.add(text);
      expected.add(text);
    }
    expected.addAll(expected.subList(0, 200));
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    for (String text : expected) {
      json.append('"').append(encoder.quoteAsString(text)).append("\",");
    }
    json.append("12345,-1.5e3]");
    expected.add("12345");
    expected.add("-1.5e3");

    JsonParser parser = new JsonFactory().createParser(new StringReader(json.toString()));
    RepeatedTexts texts = new RepeatedTexts();
    List<String> read = new ArrayList<>();
    String previous = null;
    int same = 0;
    JsonToken token;
    assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      String text = texts.of(parser);
      assertThat(text).isEqualTo(parser.getText());
      if (text == previous) {
        same++;
      }
      previous = text;
      read.add(text);
    }

    assertThat(read).isEqualTo(expected);
    assertThat(same).as("the second of each pair is the first's string").isEqualTo(10_000 + 100);
  }
}
