package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>Rule ids are unique within a set: adding a rule whose id is already there ({@link #with}, or
 * two providers found by {@link #discovered()}) throws {@link IllegalArgumentException} naming the
 * id and both rule classes. To replace a built-in rule, remove it first: {@code
 * RuleSet.standard().without("COEX-DOM-004").with(new MyDomainRule())}.
 *
 * <p>{@link #standard()} is coexist's own rules and nothing else, whatever is on the class path;
 * rules found by {@link ServiceLoader} join only a set that asks for them ({@link #discovered()},
 * {@link #discovered(ClassLoader)}).
 */
public final class RuleSet {
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Severity> overrides;

  private RuleSet(List<Rule> rules, Map<String, Severity> overrides) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Rule before = byId.put(Objects.requireNonNull(rule.id(), "rule id"), rule);
      if (before != null) {
        throw new IllegalArgumentException(
            "two rules have the id "
                + rule.id()
                + ": "
                + before.getClass().getName()
                + " and "
                + rule.getClass().getName());
      }
    }
    this.rules = ImmutableList.copyOf(rules);
    this.overrides = ImmutableMap.copyOf(overrides);
  }

  /** No rules. */
  public static RuleSet empty() {
    return new RuleSet(List.of(), Map.of());
  }

  /**
   * coexist's own rules only (the built-in {@link RuleProvider}); the same as {@link #standard()}.
   */
  public static RuleSet builtIn() {
    return new RuleSet(providedRules(RuleSet.class.getClassLoader(), true), Map.of());
  }

  /**
   * coexist's own rules, in catalogue order (docs/rules.md), and nothing else: a rule of some jar
   * on the class path does not change what this set judges.
   */
  public static RuleSet standard() {
    return builtIn();
  }

  /**
   * coexist's own rules, then the rules of every other {@link RuleProvider} and every single {@link
   * Rule} that {@link ServiceLoader} finds with the thread's context class loader (providers in
   * class-name order, single rules in id order, so the order does not depend on the class path). On
   * the module path, a module declares {@code provides
   * io.github.coexist.core.validation.RuleProvider with ...}; on the class path, a jar lists the
   * class in {@code META-INF/services}.
   */
  public static RuleSet discovered() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discovered(loader != null ? loader : RuleSet.class.getClassLoader());
  }

  /**
   * As {@link #discovered()}, with the rules {@link ServiceLoader} finds in {@code loader} (e.g. a
   * {@code URLClassLoader} over rule jars).
   */
  public static RuleSet discovered(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<Rule> rules = new ArrayList<>(providedRules(RuleSet.class.getClassLoader(), true));
    rules.addAll(providedRules(loader, false));
    List<Rule> single = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).forEach(single::add);
    single.sort(Comparator.comparing(Rule::id));
    rules.addAll(single);
    return new RuleSet(rules, Map.of());
  }

  private static List<Rule> providedRules(ClassLoader loader, boolean builtIn) {
    List<RuleProvider> providers = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      if (provider.builtIn() == builtIn) {
        providers.add(provider);
      }
    }
    providers.sort(Comparator.comparing(p -> p.getClass().getName()));
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider : providers) {
      rules.addAll(provider.rules());
    }
    return rules;
  }

  /** This set plus {@code more}, appended in order. */
  public RuleSet with(Rule... more) {
    Objects.requireNonNull(more, "more");
    for (int i = 0; i < more.length; i++) {
      Objects.requireNonNull(more[i], "more[" + i + "]");
    }
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(List.of(more));
    return new RuleSet(all, overrides);
  }

  /** This set with rule {@code id} switched off. */
  public RuleSet without(String id) {
    Objects.requireNonNull(id, "id");
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
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
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
    Objects.requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The severity rule {@code rule} reports at in this set. */
  public Severity severityOf(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return overrides.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** Whether this set sets the severity of rule {@code id} ({@link #withSeverity}). */
  boolean overrides(String id) {
    return overrides.containsKey(id);
  }

  private void requireKnown(String id) {
    if (rule(id).isEmpty()) {
      throw new IllegalArgumentException("no rule with the id " + id);
    }
  }
}
