package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A token's line and column without a location object are the ones Jackson's location gives. */
class JsonTokensTest {
  @Test
  void givesEveryValueTokensLineAndColumnAsItsLocationDoes() throws IOException {
    String json =
        "{\"a\": 1,\r\n  \"bb\" : [\"x\\u0041\\n\", true, null, -1.5e3],\n"
            + "\t\"c\":\"‘$(x)’ \uD83D\uDE00\", \"d\": {\"e\": [[]]},\r"
            + "\"f\":false}  ";
    JsonParser parser =
        JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build()
            .createParser(new StringReader(json));
    int checked = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        continue;
      }
      assertThat(JsonTokens.line(parser))
          .as("line of %s", token)
          .isEqualTo(parser.currentTokenLocation().getLineNr());
      assertThat(JsonTokens.column(parser))
          .as("column of %s", token)
          .isEqualTo(parser.currentTokenLocation().getColumnNr());
      checked++;
    }
    assertThat(checked).isEqualTo(17);
  }
}
