package io.github.coexist.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Microsoft's Exchange cmdlet reference for tests: the project's one copy, {@code
 * reference/exchange-cmdlets.json} (its source is in {@code reference/SOURCE.md}), packaged into
 * this module.
 *
 * <p>This module depends on no coexist module (core's tests use it), so the reference's
 * "Applicable" labels are mapped onto the caller's platform enum by name: {@code Exchange Server
 * 2019} is the constant {@code EXCHANGE_2019}, {@code Exchange Online} is {@code EXCHANGE_ONLINE};
 * a label without a constant (Exchange Online Protection, for example) is not a platform.
 *
 * <pre>{@code
 * Set<Platform> on = CmdletReference.get().platforms("New-SendConnector", "Fqdn", Platform.class);
 * }</pre>
 */
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
    try (InputStream in = CmdletReference.class.getResourceAsStream("exchange-cmdlets.json")) {
      if (in == null) {
        throw new IllegalStateException("exchange-cmdlets.json is not beside CmdletReference");
      }
      return new CmdletReference(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full tree, for tests that walk it. */
  public JsonNode root() {
    return root;
  }

  /** The cmdlet nodes, in the reference's order. */
  public Iterable<JsonNode> cmdlets() {
    return root.get("cmdlets");
  }

  /** The cmdlet's node, if the reference has it. */
  public Optional<JsonNode> cmdlet(String name) {
    for (JsonNode c : cmdlets()) {
      if (c.get("name").asText().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Parameter names of a cmdlet, in the reference's order; empty when it has no such cmdlet. */
  public List<String> parameters(String cmdlet) {
    List<String> names = new ArrayList<>();
    cmdlet(cmdlet).ifPresent(c -> c.get("parameters").fieldNames().forEachRemaining(names::add));
    return names;
  }

  /** The parameter's node; fails when the reference has no such cmdlet. */
  public JsonNode parameter(String cmdlet, String parameter) {
    return cmdlet(cmdlet)
        .orElseThrow(
            () -> new IllegalArgumentException("no cmdlet " + cmdlet + " in the reference"))
        .get("parameters")
        .get(parameter);
  }

  /** The platforms a parameter of a cmdlet is documented for. */
  public <P extends Enum<P>> Set<P> platforms(String cmdlet, String parameter, Class<P> type) {
    return platforms(parameter(cmdlet, parameter), type);
  }

  /** The platforms a cmdlet or parameter node is documented for (its "applicable" labels). */
  public static <P extends Enum<P>> Set<P> platforms(JsonNode node, Class<P> type) {
    Set<P> platforms = EnumSet.noneOf(type);
    for (JsonNode label : node.get("applicable")) {
      platformOf(label.asText(), type).ifPresent(platforms::add);
    }
    return platforms;
  }

  /** The reference's "Applicable" label as a constant of {@code type}, if it names one. */
  public static <P extends Enum<P>> Optional<P> platformOf(String label, Class<P> type) {
    String name =
        label.replace("Exchange Server ", "Exchange ").replace(' ', '_').toUpperCase(Locale.ROOT);
    for (P constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The accepted values of a parameter (without {@code $null}); empty when not enumerated. */
  public List<String> acceptedValues(String cmdlet, String parameter) {
    return acceptedValues(parameter(cmdlet, parameter));
  }

  /** The accepted values of a parameter node (without {@code $null}); empty when not enumerated. */
  public static List<String> acceptedValues(JsonNode parameter) {
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
