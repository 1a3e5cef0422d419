package io.github.coexist.powershell;

import java.util.Objects;

/** The test of an {@link Statement.If}. */
public sealed interface Condition {
  /** {@code $variable.Count -eq 0}: the lookup stored in {@code variable} found nothing. */
  record Absent(String variable) implements Condition {
    /** Checks the name. */
    public Absent {
      Objects.requireNonNull(variable, "variable");
      new PsValue.Variable(variable);
    }
  }

  /** {@code $variable.Count -gt 0}: the lookup stored in {@code variable} found the object. */
  record Present(String variable) implements Condition {
    /** Checks the name. */
    public Present {
      Objects.requireNonNull(variable, "variable");
      new PsValue.Variable(variable);
    }
  }

  /**
   * {@code $PSCmdlet.ShouldProcess(target, action)}: the change may go ahead (false under {@code
   * -WhatIf}, asks under {@code -Confirm}).
   *
   * @param target what the change touches (plan path and name, a literal)
   * @param action the cmdlet that will run, e.g. {@code New-ReceiveConnector}
   */
  record ShouldProcess(PsValue.Text target, String action) implements Condition {
    /** Checks that the action is a cmdlet name. */
    public ShouldProcess {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(action, "action");
      CmdletCall.of(action);
    }
  }

  /** {@code $variable}: a script parameter was given (non-empty). */
  record Given(String variable) implements Condition {
    /** Checks the name. */
    public Given {
      Objects.requireNonNull(variable, "variable");
      new PsValue.Variable(variable);
    }
  }

  /**
   * {@code @($CoexistDiffers).Count -gt 0}: the comparisons just made ({@code
   * Compare-CoexistValue}) found a property that differs from the plan.
   */
  record Differs() implements Condition {}
}
