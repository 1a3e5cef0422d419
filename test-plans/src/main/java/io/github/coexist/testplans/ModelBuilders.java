package io.github.coexist.testplans;

import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.lang.reflect.Method;

/**
 * The generated Immutables builders, driven by name: the generators set every attribute of
 * Microsoft's reference without a line per attribute. Written independently of plan-io's reader, so
 * a property test does not check the reader against itself.
 */
final class ModelBuilders {
  private ModelBuilders() {}

  /** A new builder for objects of {@code kind}. */
  static Object builder(ObjectKind kind) {
    try {
      return Class.forName("io.github.coexist.core.model." + kind.noun())
          .getMethod("builder")
          .invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(kind.noun(), e);
    }
  }

  /**
   * Calls the one-argument method {@code name} of {@code target} that takes {@code argument}: an
   * Optional picks the Optional setter, a list the Iterable one.
   */
  static Object call(Object target, String name, Object argument) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isInstance(argument)) {
        try {
          return m.invoke(target, argument);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(name + " on " + target.getClass(), e);
        }
      }
    }
    throw new IllegalStateException("no " + name + " for " + argument.getClass());
  }

  /** Builds what {@code builder} holds. */
  static <T> T build(Object builder, Class<T> type) {
    try {
      return type.cast(builder.getClass().getMethod("build").invoke(builder));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("build " + type.getSimpleName(), e);
    }
  }

  /** {@link #build} for an Exchange object. */
  static ExchangeObject object(Object builder) {
    return build(builder, ExchangeObject.class);
  }
}
