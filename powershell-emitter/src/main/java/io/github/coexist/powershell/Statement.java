package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;

/**
 * One statement of a {@link PowerShellScript}. Every statement but {@link Comment} carries a {@link
 * Trace}, rendered as a comment line above it. Tests and custom emitters walk statements instead of
 * parsing text:
 *
 * <pre>{@code
 * script.calls().stream().filter(c -> c.verb().equals("New")).forEach(System.out::println);
 * }</pre>
 */
public sealed interface Statement {
  /** A free comment line (constant text of coexist, checked to be one line). */
  record Comment(String text) implements Statement {
    /** Refuses text that could end the comment or start a new line. */
    public Comment {
      PsText.requireSafe("comment", text);
    }
  }

  /** A cmdlet call on its own line. */
  record Invoke(Trace trace, CmdletCall call) implements Statement {}

  /**
   * {@code $variable = @(Get-X ... | Where-Object { $_.Name -eq 'name' })}: looks an object up by
   * listing and filtering, so "not found" is an empty result while a failing Get-X (permissions,
   * connection, throttling) stops the script under {@code $ErrorActionPreference = 'Stop'}.
   */
  record Lookup(Trace trace, String variable, CmdletCall get, PsValue.Text name)
      implements Statement {
    /** Checks the variable name and that the call is a Get-. */
    public Lookup {
      new PsValue.Variable(variable);
      if (!get.verb().equals("Get")) {
        throw new IllegalArgumentException("a lookup runs a Get- cmdlet: " + get.name());
      }
    }
  }

  /** {@code $variable = value}. */
  record Assign(Trace trace, String variable, PsValue value) implements Statement {
    /** Checks the variable name. */
    public Assign {
      new PsValue.Variable(variable);
    }
  }

  /** {@code if (condition) { then } else { otherwise }}. */
  record If(
      Trace trace,
      Condition condition,
      ImmutableList<Statement> then,
      ImmutableList<Statement> otherwise)
      implements Statement {}

  /**
   * A bounded wait until a newly created object is visible to {@code get} (replication lag between
   * New- and the Set- that follows): at most {@code attempts} lookups, {@code delaySeconds} apart;
   * then it throws.
   */
  record WaitUntilVisible(
      Trace trace, CmdletCall get, PsValue.Text name, int attempts, int delaySeconds)
      implements Statement {
    /** Checks the bounds. */
    public WaitUntilVisible {
      if (attempts < 1 || delaySeconds < 1) {
        throw new IllegalArgumentException("attempts and delay must be positive");
      }
      if (!get.verb().equals("Get")) {
        throw new IllegalArgumentException("a wait runs a Get- cmdlet: " + get.name());
      }
    }
  }

  /** {@code throw 'message'}: stops the script with a message for the administrator. */
  record Throw(Trace trace, PsValue.Text message) implements Statement {}

  /** {@code try { body } finally { cleanup }}: clean-up that runs however the body ends. */
  record TryFinally(Trace trace, ImmutableList<Statement> body, ImmutableList<Statement> cleanup)
      implements Statement {}
}
