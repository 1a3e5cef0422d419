package io.github.coexist.powershell;

import java.util.Objects;

/**
 * A parameter of the script itself, e.g. {@code [string] $TranscriptPath}.
 *
 * @param type the PowerShell type name, e.g. {@code string}
 * @param name the variable name, without {@code $}
 * @param help what it is for (a comment above it)
 * @param mandatory whether the script cannot run without it ({@code [Parameter(Mandatory)]})
 */
public record ScriptParameter(String type, String name, String help, boolean mandatory) {
  /** Checks the type and name. */
  public ScriptParameter {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(help, "help");
    if (!AsciiNames.isTypeName(type)) {
      throw new IllegalArgumentException("not a type name: " + PsText.quote(type));
    }
    new PsValue.Variable(name);
    new Statement.Comment(help);
  }

  /** An optional parameter. */
  public ScriptParameter(String type, String name, String help) {
    this(type, name, help, false);
  }
}
