package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;

/** What a JSON token is, in the words the readers' messages use ("expected …, found an array"). */
final class JsonTokens {
  private JsonTokens() {}

  /**
   * The line of the current token (not a field name), as {@link JsonParser#currentTokenLocation()}
   * gives it, without making a location object: a reader asks for every value's.
   */
  static int line(JsonParser parser) {
    return parser instanceof ParserBase base
        ? base.getTokenLineNr()
        : parser.currentTokenLocation().getLineNr();
  }

  /** The column of the current token (not a field name), as {@link #line}. */
  static int column(JsonParser parser) {
    if (parser instanceof ParserBase base) {
      // getTokenColumnNr is one past currentTokenLocation's column, except where it is unknown.
      int column = base.getTokenColumnNr();
      return column > 0 ? column - 1 : column;
    }
    return parser.currentTokenLocation().getColumnNr();
  }

  static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a text";
      case VALUE_NULL:
        return "null";
      default:
        return token.isNumeric() ? "a number" : token.isBoolean() ? "a boolean" : token.name();
    }
  }
}
