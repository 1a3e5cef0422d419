package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.Platform;
import io.github.coexist.livestate.drift.Drift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which statements a script keeps: every one (the full script), or, for a change-only script, only
 * those for what a {@link Drift} found. A missing object, and every object of a kind the snapshot
 * could not read, keeps its whole statement (lookup, New- when absent, Set- of every attribute when
 * present); an object with differing attributes keeps its statement with Set- restricted to those
 * attributes; an object in sync has no statement. Attributes the snapshot did not report are not
 * differences and are not set (the full script sets them).
 */
final class ChangeScope {
  /** The full script. */
  static final ChangeScope EVERYTHING = new ChangeScope(null, List.of());

  /** Per object path, the Exchange parameters to set on it; {@code null}: the whole object. */
  private final Map<String, Set<String>> objects;

  private final ImmutableList<String> notSettable;

  private ChangeScope(Map<String, Set<String>> objects, List<String> notSettable) {
    this.objects = objects;
    this.notSettable = ImmutableList.copyOf(notSettable);
  }

  /** The scope of a change-only script for {@code drift}, a drift of {@code plan}. */
  static ChangeScope of(Drift drift, CoexistencePlan plan) {
    Map<String, Set<String>> objects = new HashMap<>();
    Set<ObjectKind> unknown = new HashSet<>();
    for (Drift.Unknown kind : drift.unknown()) {
      unknown.add(kind.kind());
    }
    for (ObjectKind kind : ObjectKind.values()) {
      if (unknown.contains(kind)) {
        for (int i = 0; i < plan.objects(kind).size(); i++) {
          objects.put(kind.planKey() + "[" + i + "]", null);
        }
      }
    }
    List<String> notSettable = new ArrayList<>();
    Platform platform = plan.platform();
    for (Drift.Difference difference : drift.differences()) {
      if (difference.type() == Drift.Type.MISSING) {
        objects.put(difference.path(), null);
        continue;
      }
      Attribute attribute = difference.attribute().orElseThrow();
      String path = difference.path().substring(0, difference.path().lastIndexOf('.'));
      if (!attribute.setPlatforms().contains(platform)) {
        notSettable.add(difference.path());
      }
      if (!objects.containsKey(path) || objects.get(path) != null) {
        objects.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(attribute.parameter());
      }
    }
    return new ChangeScope(objects, notSettable);
  }

  /** Whether the object at {@code path} has a statement. */
  boolean includes(String path) {
    return objects == null || objects.containsKey(path);
  }

  /** The parameters of the Set- that brings an existing object to the plan. */
  List<Parameter> onSet(String path, List<Parameter> parameters) {
    Set<String> keep = objects == null ? null : objects.get(path);
    if (keep == null) {
      return parameters;
    }
    List<Parameter> kept = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (keep.contains(parameter.name())) {
        kept.add(parameter);
      }
    }
    return kept;
  }

  /** How many objects the script creates or updates (change-only scripts). */
  int objectsInScope() {
    return objects == null ? 0 : objects.size();
  }

  /**
   * Differing attributes only New- takes (a receive connector's {@code transportRole}, ...): no
   * Set- can change them on the existing object.
   */
  ImmutableList<String> notSettable() {
    return notSettable;
  }
}
