package io.github.coexist.core.validation;

import io.github.coexist.core.CoexistException;

/**
 * A {@link PlanPath} the plan cannot have: a key the object at that place does not have, an index
 * below zero or on a value that is not a list, e.g. {@code sendConnectors[7] has no key "nope" (a
 * SendConnector)}. Built inside a rule, it is the rule author's mistake: {@link
 * PlanValidator#validate} throws it as a {@link RuleContractException} naming the rule, never as a
 * finding about the plan.
 */
public final class PlanPathException extends CoexistException {
  private static final long serialVersionUID = 1L;

  PlanPathException(String message) {
    super(message);
  }

  PlanPathException(String message, Throwable cause) {
    super(message, cause);
  }
}
