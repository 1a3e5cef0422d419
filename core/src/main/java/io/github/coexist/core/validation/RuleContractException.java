package io.github.coexist.core.validation;

import io.github.coexist.core.CoexistException;

/**
 * A rule broke its contract while reporting: a {@code null} message or hint, or a path the plan
 * cannot have. It is the rule author's mistake, so {@link PlanValidator#validate} throws it at
 * once, naming the rule and the parameter, instead of turning it into a finding about the plan.
 */
public final class RuleContractException extends CoexistException {
  private static final long serialVersionUID = 1L;

  RuleContractException(String message) {
    super(message);
  }

  RuleContractException(String message, Throwable cause) {
    super(message, cause);
  }
}
