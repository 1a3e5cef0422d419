package io.github.coexist.livestate.importing;

import io.github.coexist.livestate.LiveObject;
import java.util.Map;

/** The values the model refused on a live object (filled in when the readers report them). */
final class Rejections {
  private Rejections() {}

  static Map<String, String> of(LiveObject object) {
    return Map.of();
  }
}
