package io.github.coexist.examples;

import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleProvider;
import java.util.List;

/**
 * Registers {@link NoTestDomainsRule} with ServiceLoader: this class is named in {@code
 * META-INF/services/io.github.coexist.core.validation.RuleProvider}, so {@code RuleSet.standard()}
 * (and with it {@code coexist validate}, when the jar is on the class path) runs the rule after
 * coexist's own.
 */
public final class AcmeRules implements RuleProvider {
  /** Needed by ServiceLoader. */
  public AcmeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(new NoTestDomainsRule());
  }
}
