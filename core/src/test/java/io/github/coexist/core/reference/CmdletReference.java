package io.github.coexist.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coexist.core.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test access to Microsoft's cmdlet reference (the project's reference/exchange-cmdlets.json). */
public final class CmdletReference {
  private static final CmdletReference INSTANCE = load();
  private final JsonNode root;

  private CmdletReference(JsonNode root) {
    this.root = root;
  }

  /** The reference, read once. */
  public static CmdletReference get() {
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

  /** The cmdlet's JSON node, if the reference has it. */
  public Optional<JsonNode> cmdlet(String name) {
    for (JsonNode c : root.get("cmdlets")) {
      if (c.get("name").asText().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Parameter names of a cmdlet, in the reference's order. */
  public List<String> parameters(String cmdlet) {
    List<String> names = new ArrayList<>();
    cmdlet(cmdlet).ifPresent(c -> c.get("parameters").fieldNames().forEachRemaining(names::add));
    return names;
  }

  /** The parameter's JSON node. */
  public JsonNode parameter(String cmdlet, String parameter) {
    return cmdlet(cmdlet).orElseThrow().get("parameters").get(parameter);
  }

  /** The platforms a parameter of a cmdlet is documented for. */
  public Set<Platform> platforms(String cmdlet, String parameter) {
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    for (JsonNode label : parameter(cmdlet, parameter).get("applicable")) {
      platformOf(label.asText()).ifPresent(platforms::add);
    }
    return platforms;
  }

  /** The accepted values of a parameter (without {@code $null}); empty when not enumerated. */
  public List<String> acceptedValues(String cmdlet, String parameter) {
    List<String> values = new ArrayList<>();
    JsonNode accepted = parameter(cmdlet, parameter).get("acceptedValues");
    if (accepted != null && accepted.isArray()) {
      for (JsonNode v : accepted) {
        if (!v.asText().equals("$null")) {
          values.add(v.asText());
        }
      }
    }
    return values;
  }

  /** The reference's "Applicable" label as a platform. */
  public static Optional<Platform> platformOf(String label) {
    Map<String, Platform> labels =
        Map.of(
            "Exchange Server 2010", Platform.EXCHANGE_2010,
            "Exchange Server 2013", Platform.EXCHANGE_2013,
            "Exchange Server 2016", Platform.EXCHANGE_2016,
            "Exchange Server 2019", Platform.EXCHANGE_2019,
            "Exchange Server SE", Platform.EXCHANGE_SE,
            "Exchange Online", Platform.EXCHANGE_ONLINE);
    return Optional.ofNullable(labels.get(label));
  }

  /** The full tree, for tests that walk it. */
  public JsonNode root() {
    return root;
  }

  /** Iterates the cmdlet nodes. */
  public Iterator<JsonNode> cmdlets() {
    return root.get("cmdlets").iterator();
  }
}
