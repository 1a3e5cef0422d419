package io.github.coexist.testplans;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Exchange object of a valid plan in the making, as editable values: the recommended ones and
 * the ones {@link PlanGenerator} added, so that what a rule refuses can be taken back.
 */
final class Draft {
  final ObjectKind kind;
  final Map<String, Object> base = new LinkedHashMap<>();
  final Map<String, Object> added = new LinkedHashMap<>();
  final Set<String> addedNulls = new HashSet<>();
  final Set<String> baseNulls = new HashSet<>();

  Draft(ExchangeObject object) {
    kind = object.kind();
    for (Attribute a : kind.attributes()) {
      a.valueIn(object).ifPresent(v -> base.put(a.key(), v));
    }
    baseNulls.addAll(object.explicitNulls());
  }

  /** Gives the object a new name, keeping the old one to take back. */
  void rename(String name) {
    base.put("originalName", base.get("name"));
    base.put("name", name);
  }

  /** Takes back what the generator did to {@code key}; false when it did nothing to it. */
  boolean takeBack(String key) {
    // Both removals must happen: no short-circuit between them.
    boolean removedValue = added.remove(key) != null;
    boolean removedNull = addedNulls.remove(key);
    boolean changed = removedValue || removedNull;
    if (key.equals("name") && base.containsKey("originalName")) {
      base.put("name", base.remove("originalName"));
      changed = true;
    }
    return changed;
  }

  /** Takes back every addition; false when there were none. */
  boolean takeBackAdditions() {
    boolean changed = !added.isEmpty() || !addedNulls.isEmpty();
    added.clear();
    addedNulls.clear();
    return changed;
  }

  /**
   * The object, built through its generated builder: each attribute by its plan key (the builder's
   * Optional or Iterable setter).
   */
  ExchangeObject build() {
    Map<String, Object> values = new LinkedHashMap<>(base);
    values.putAll(added);
    List<String> nulls = new ArrayList<>(baseNulls);
    nulls.addAll(addedNulls);
    nulls.removeIf(values::containsKey);
    Object builder = ModelBuilders.builder(kind);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Optional<Attribute> found = kind.attribute(e.getKey());
      if (found.isEmpty()) {
        continue; // bookkeeping such as originalName
      }
      Attribute a = found.get();
      Object value = e.getValue();
      if (a.multiValued() || a.key().equals("name")) {
        ModelBuilders.call(builder, a.key(), value);
      } else {
        ModelBuilders.call(builder, a.key(), Optional.of(value));
      }
    }
    for (String key : nulls) {
      ModelBuilders.call(builder, "addExplicitNull", key);
    }
    return ModelBuilders.object(builder);
  }

  /** {@code plan} with the objects of {@code drafts} in place of its own. */
  static CoexistencePlan assemble(CoexistencePlan plan, Map<ObjectKind, List<Draft>> drafts) {
    Object builder = CoexistencePlan.builder().from(plan);
    for (Map.Entry<ObjectKind, List<Draft>> e : drafts.entrySet()) {
      List<ExchangeObject> objects = new ArrayList<>();
      for (Draft d : e.getValue()) {
        objects.add(d.build());
      }
      ModelBuilders.call(builder, e.getKey().planKey(), objects);
    }
    return ModelBuilders.build(builder, CoexistencePlan.class);
  }
}
