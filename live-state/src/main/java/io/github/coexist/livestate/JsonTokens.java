package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonToken;

/** What a JSON token is, in the words the readers' messages use ("expected …, found an array"). */
final class JsonTokens {
  private JsonTokens() {}

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
