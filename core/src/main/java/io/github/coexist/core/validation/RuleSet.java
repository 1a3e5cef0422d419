package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An ordered, immutable set of rules with severity overrides, as linters configure theirs.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard()
 *     .withSeverity("COEX-TLS-001", Severity.ERROR)   // make unencrypted paths an error
 *     .without("COEX-DOM-004")                          // switch a rule off
 *     .with(new MyRule());                              // add your own
 * }</pre>
 */
public final class RuleSet {
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Severity> overrides;

  private RuleSet(List<Rule> rules, Map<String, Severity> overrides) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
    this.rules = ImmutableList.copyOf(rules);
    this.overrides = ImmutableMap.copyOf(overrides);
  }

  /** No rules. */
  public static RuleSet empty() {
    return new RuleSet(List.of(), Map.of());
  }

  /** coexist's own rules only (the built-in {@link RuleProvider}), without any others. */
  public static RuleSet builtIn() {
    return new RuleSet(providedRules(true), Map.of());
  }

  /**
   * coexist's own rules, then the rules of every other {@link RuleProvider} and every single {@link
   * Rule} that {@link ServiceLoader} finds on the class path (providers in class-name order, so the
   * order does not depend on the class path).
   */
  public static RuleSet standard() {
    List<Rule> rules = new ArrayList<>(providedRules(true));
    rules.addAll(providedRules(false));
    List<Rule> single = new ArrayList<>();
    ServiceLoader.load(Rule.class).forEach(single::add);
    single.sort(java.util.Comparator.comparing(Rule::id));
    rules.addAll(single);
    return new RuleSet(rules, Map.of());
  }

  private static List<Rule> providedRules(boolean builtIn) {
    List<RuleProvider> providers = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
      if (provider.builtIn() == builtIn) {
        providers.add(provider);
      }
    }
    providers.sort(java.util.Comparator.comparing(p -> p.getClass().getName()));
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider : providers) {
      rules.addAll(provider.rules());
    }
    return rules;
  }

  /** This set plus {@code more}, appended in order. */
  public RuleSet with(Rule... more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(List.of(more));
    return new RuleSet(all, overrides);
  }

  /** This set with rule {@code id} switched off. */
  public RuleSet without(String id) {
    requireKnown(id);
    List<Rule> kept = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.id().equals(id)) {
        kept.add(rule);
      }
    }
    return new RuleSet(kept, overrides);
  }

  /** This set with rule {@code id} reporting at {@code severity}. */
  public RuleSet withSeverity(String id, Severity severity) {
    requireKnown(id);
    Map<String, Severity> all = new LinkedHashMap<>(overrides);
    all.put(id, severity);
    return new RuleSet(rules, all);
  }

  /** The rules, in the order they run. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** The rule with this id, if present. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The severity rule {@code rule} reports at in this set. */
  public Severity severityOf(Rule rule) {
    return overrides.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  private void requireKnown(String id) {
    if (rule(id).isEmpty()) {
      throw new IllegalArgumentException("no rule with the id " + id);
    }
  }
}
