package io.github.coexist.examples;

import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleProvider;
import java.util.List;

/**
 * Registers {@link NoTestDomainsRule} with ServiceLoader: this class is named in {@code
 * META-INF/services/io.github.coexist.core.validation.RuleProvider}, so {@code
 * RuleSet.discovered()} (and with it {@code coexist validate --rules this.jar}) runs the rule after
 * coexist's own. {@code RuleSet.standard()} does not: it is coexist's rules only, whatever is on
 * the class path.
 */
public final class AcmeRules implements RuleProvider {
  /** Needed by ServiceLoader. */
  public AcmeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(new NoTestDomainsRule());
  }
}
