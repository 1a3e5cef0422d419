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

  /** The built-in rules ({@link BuiltInRules}) only, without rules found on the class path. */
  public static RuleSet builtIn() {
    return new RuleSet(BuiltInRules.all(), Map.of());
  }

  /**
   * The built-in rules ({@link BuiltInRules}) followed by every {@link Rule} found by {@link
   * ServiceLoader} on the class path.
   */
  public static RuleSet standard() {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    for (Rule rule : ServiceLoader.load(Rule.class)) {
      rules.add(rule);
    }
    return new RuleSet(rules, Map.of());
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
