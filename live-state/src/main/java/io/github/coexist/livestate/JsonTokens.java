package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonToken;

/** What a JSON token is, in the words the readers' messages use ("expected …, found an array"). */
final class JsonTokens {
  private JsonTokens() {}

  static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a text";
      case VALUE_NULL -> "null";
      default -> token.isNumeric() ? "a number" : token.isBoolean() ? "a boolean" : token.name();
    };
  }
}
