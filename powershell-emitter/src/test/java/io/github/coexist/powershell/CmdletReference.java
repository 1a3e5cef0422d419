package io.github.coexist.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coexist.core.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test access to Microsoft's cmdlet reference (src/test/resources/reference, see SOURCE.md). */
final class CmdletReference {
  private static final CmdletReference INSTANCE = load();
  private static final Map<String, Platform> LABELS =
      Map.of(
          "Exchange Server 2010", Platform.EXCHANGE_2010,
          "Exchange Server 2013", Platform.EXCHANGE_2013,
          "Exchange Server 2016", Platform.EXCHANGE_2016,
          "Exchange Server 2019", Platform.EXCHANGE_2019,
          "Exchange Server SE", Platform.EXCHANGE_SE,
          "Exchange Online", Platform.EXCHANGE_ONLINE);

  private final JsonNode root;

  private CmdletReference(JsonNode root) {
    this.root = root;
  }

  static CmdletReference get() {
    return INSTANCE;
  }

  private static CmdletReference load() {
    try (InputStream in =
        CmdletReference.class.getResourceAsStream("/reference/exchange-cmdlets.json")) {
      return new CmdletReference(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<JsonNode> cmdlet(String name) {
    for (JsonNode c : root.get("cmdlets")) {
      if (c.get("name").asText().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static Set<Platform> platforms(JsonNode node) {
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    for (JsonNode label : node.get("applicable")) {
      Platform p = LABELS.get(label.asText());
      if (p != null) {
        platforms.add(p);
      }
    }
    return platforms;
  }

  /** Accepted values of a parameter node, without $null; empty when not enumerated. */
  static List<String> acceptedValues(JsonNode parameter) {
    List<String> values = new ArrayList<>();
    JsonNode accepted = parameter.get("acceptedValues");
    if (accepted != null && accepted.isArray()) {
      for (JsonNode v : accepted) {
        if (!v.asText().equals("$null")) {
          values.add(v.asText());
        }
      }
    }
    return values;
  }
}
