package io.github.coexist.livestate.drift;

import com.google.common.collect.ImmutableSet;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeObject;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Copies of model objects with one attribute replaced, through the generated {@code withX} methods
 * (found by reflection, so one helper serves every kind and attribute). Public, in live-state's
 * test jar, for the change-only script tests of powershell-emitter.
 */
public final class LiveEdits {
  private LiveEdits() {}

  /**
   * {@code object} with {@code attribute} set to {@code value}: a value (a {@code List} for a
   * multi-valued attribute), or empty for an explicit {@code $null}.
   */
  public static ExchangeObject with(
      ExchangeObject object, Attribute attribute, Optional<Object> value) {
    Set<String> nulls = new LinkedHashSet<>(object.explicitNulls());
    nulls.remove(attribute.key());
    ExchangeObject cleared = object;
    if (attribute.multiValued()) {
      cleared = (ExchangeObject) call(object, setter(attribute), Iterable.class, List.of());
    } else if (!attribute.key().equals("name")) {
      cleared = (ExchangeObject) call(object, setter(attribute), Optional.class, Optional.empty());
    }
    cleared =
        (ExchangeObject) call(cleared, "withExplicitNulls", Iterable.class, ImmutableSet.of());
    ExchangeObject result;
    if (value.isEmpty()) {
      nulls.add(attribute.key());
      result = cleared;
    } else if (attribute.multiValued()) {
      result = (ExchangeObject) call(cleared, setter(attribute), Iterable.class, value.get());
    } else if (attribute.key().equals("name")) {
      result = (ExchangeObject) call(cleared, "withName", String.class, value.get());
    } else {
      result =
          (ExchangeObject)
              call(cleared, setter(attribute), Optional.class, Optional.of(value.get()));
    }
    return (ExchangeObject) call(result, "withExplicitNulls", Iterable.class, nulls);
  }

  private static String setter(Attribute attribute) {
    String key = attribute.key();
    return "with" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static Object call(Object target, String name, Class<?> type, Object argument) {
    try {
      Method method = target.getClass().getMethod(name, type);
      return method.invoke(target, argument);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name + " on " + target.getClass().getSimpleName(), e);
    }
  }
}
