package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One cmdlet invocation with its parameters in order, written on one line with every parameter
 * inline (no splatting), so each statement reads on its own.
 *
 * <pre>{@code
 * CmdletCall call = CmdletCall.of("Set-RemoteDomain",
 *     Parameter.of("Identity", PsValue.text("domino.contoso.com")),
 *     Parameter.of("TNEFEnabled", PsValue.bool(false)));
 * call.verb();   // "Set"
 * }</pre>
 */
public record CmdletCall(String name, ImmutableList<Parameter> parameters) {
  /** Refuses names that are not {@code Verb-Noun} in ASCII. */
  public CmdletCall {
    if (!AsciiNames.isCmdletName(name)) {
      throw new IllegalArgumentException("not a cmdlet name: " + PsText.quote(name));
    }
  }

  /** A call of {@code name} with {@code parameters}. */
  public static CmdletCall of(String name, Parameter... parameters) {
    return new CmdletCall(name, ImmutableList.copyOf(parameters));
  }

  /** A call of {@code name} with {@code parameters}. */
  public static CmdletCall of(String name, List<Parameter> parameters) {
    return new CmdletCall(name, ImmutableList.copyOf(parameters));
  }

  /** The verb, e.g. {@code New}. */
  public String verb() {
    return name.substring(0, name.indexOf('-'));
  }

  /** The noun, e.g. {@code ReceiveConnector}. */
  public String noun() {
    return name.substring(name.indexOf('-') + 1);
  }

  /** The parameter called {@code parameterName}, if the call has it. */
  public Optional<Parameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }

  /** The parameter names, in order. */
  public ImmutableList<String> parameterNames() {
    return parameters.stream().map(Parameter::name).collect(ImmutableList.toImmutableList());
  }
}
