package io.github.coexist.testing;

import com.google.common.collect.ImmutableList;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.Parameter;
import io.github.coexist.powershell.PsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The calls of one cmdlet in a script, narrowed by their parameters. Values are compared as data: a
 * literal by its text (without quotes), a list by its elements in order, a word by itself, and
 * {@code $true}, {@code $false}, {@code $null} and {@code $Variable} as written.
 *
 * <pre>{@code
 * assertThat(script).invokes("Set-RemoteDomain")
 *     .with("Identity", "domino.contoso.com")
 *     .with("TNEFEnabled", "$false")
 *     .withoutParameter("IsInternal");
 * }</pre>
 */
public final class CmdletCallsAssert extends AbstractAssert<CmdletCallsAssert, List<CmdletCall>> {
  private final String description;

  CmdletCallsAssert(String cmdlet, List<CmdletCall> calls) {
    super(ImmutableList.copyOf(calls), CmdletCallsAssert.class);
    this.description = cmdlet;
  }

  /**
   * Keeps the calls whose parameter {@code name} has exactly {@code values} (one value for a single
   * value, several for a list, none for a switch without a value).
   */
  public CmdletCallsAssert with(String name, String... values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    List<String> expected = List.of(values);
    String step = " with -" + name + (expected.isEmpty() ? "" : " " + String.join(",", expected));
    return narrow(
        step, call -> call.parameter(name).map(p -> values(p).equals(expected)).orElse(false));
  }

  /** Keeps the calls that have no parameter {@code name}. */
  public CmdletCallsAssert withoutParameter(String name) {
    Objects.requireNonNull(name, "name");
    return narrow(" without -" + name, call -> call.parameter(name).isEmpty());
  }

  /** Fails unless exactly {@code count} calls are left. */
  public CmdletCallsAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage(
          "%s",
          "Expected "
              + count
              + " call(s) of "
              + description
              + ", but there "
              + (actual.size() == 1 ? "is 1" : "are " + actual.size())
              + ":\n"
              + list(actual));
    }
    return this;
  }

  private CmdletCallsAssert narrow(String step, Predicate<CmdletCall> keep) {
    List<CmdletCall> kept = actual.stream().filter(keep).collect(ImmutableList.toImmutableList());
    if (kept.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected a call of " + description + step + ", but its calls are:\n" + list(actual));
    }
    return new CmdletCallsAssert(description + step, kept);
  }

  /** The values of a parameter as strings: see the class comment. */
  static List<String> values(Parameter parameter) {
    Optional<PsValue> value = parameter.value();
    if (value.isEmpty()) {
      return List.of();
    }
    PsValue v = value.get();
    if (v instanceof PsValue.ListValue list) {
      List<String> elements = new ArrayList<>();
      list.elements().forEach(e -> elements.add(e.value()));
      return elements;
    }
    if (v instanceof PsValue.Text text) {
      return List.of(text.value());
    }
    if (v instanceof PsValue.Word word) {
      return List.of(word.value());
    }
    if (v instanceof PsValue.Bool bool) {
      return List.of(bool.value() ? "$true" : "$false");
    }
    if (v instanceof PsValue.Number number) {
      return List.of(Long.toString(number.value()));
    }
    if (v instanceof PsValue.Variable variable) {
      return List.of("$" + variable.name());
    }
    return List.of("$null");
  }

  /** The calls, one per line, as the script writes them. */
  static String list(List<CmdletCall> calls) {
    return calls.stream()
        .map(c -> "  " + PowerShellScriptAssert.render(c))
        .collect(Collectors.joining("\n"));
  }
}
