package io.github.coexist.core.validation;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link PlanPath} points at, so the next key can be checked: a record of the plan model
 * (its keys are its attributes), a list, a map, or a leaf value. Read from the model's own types,
 * so a key added to the model is known here without a list to keep in step.
 */
final class PlanShape {
  private enum Form {
    RECORD,
    LIST,
    MAP,
    LEAF,
    UNKNOWN
  }

  static final PlanShape PLAN = of(CoexistencePlan.class);

  /** Per record type: its keys and the type of each. Computed once per type. */
  private static final ClassValue<Map<String, Type>> KEYS =
      new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
          return keysOf(type);
        }
      };

  private final Form form;
  private final Class<?> type;
  private final Type inner;

  private PlanShape(Form form, Class<?> type, Type inner) {
    this.form = form;
    this.type = type;
    this.inner = inner;
  }

  static PlanShape of(Type type) {
    if (type instanceof Class<?>) {
      Class<?> c = (Class<?>) type;
      return new PlanShape(isRecord(c) ? Form.RECORD : Form.LEAF, c, null);
    }
    if (type instanceof ParameterizedType p) {

      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return of(args[0]);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        return new PlanShape(Form.LIST, raw, args[0]);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new PlanShape(Form.MAP, raw, args[1]);
      }
    }
    return new PlanShape(Form.UNKNOWN, Object.class, null);
  }

  /** The shape of {@code key} below this one; {@code where} names this place in messages. */
  PlanShape key(String where, String key) {
    switch (form) {
      case RECORD -> {
        Type keyType = KEYS.get(type).get(key);
        if (keyType == null) {
          throw new PlanPathException(
              where + " has no key \"" + key + "\" (a " + type.getSimpleName() + ")");
        }
        return of(keyType);
      }
      case MAP -> {
        return of(inner);
      }
      case LIST ->
          throw new PlanPathException(
              where + " is a list: give an index, not the key \"" + key + "\"");
      case LEAF ->
          throw new PlanPathException(
              where + " is a " + type.getSimpleName() + " value: it has no key \"" + key + "\"");
      default -> {
        return this;
      }
    }
  }

  /** The shape of an element below this one. */
  PlanShape element(String where) {
    return switch (form) {
      case LIST, MAP -> of(inner);
      case UNKNOWN -> this;
      default -> throw new PlanPathException(where + " is not a list: it has no index");
    };
  }

  /** A type of the plan model whose generated implementation has a {@code with…} per attribute. */
  private static boolean isRecord(Class<?> type) {
    return type.getPackage() == CoexistencePlan.class.getPackage()
        && !type.isEnum()
        && !type.isInterface()
        && java.lang.reflect.Modifier.isAbstract(type.getModifiers());
  }

  private static Map<String, Type> keysOf(Class<?> type) {
    Map<String, Type> keys = new HashMap<>();
    if (ExchangeObject.class.isAssignableFrom(type)) {
      ObjectKind kind = ObjectKind.of(type.asSubclass(ExchangeObject.class));
      kind.attributes().forEach(a -> keys.put(a.key(), returnType(type, a.key())));
      // The plan keys that are not Exchange parameters (updateSecondaryAddressesOnly, ...) are
      // values of the model like any other; explicitNulls is how `null` keys are held, no key.
    }
    // Every attribute of an Immutables value has a with… method on the generated class; helper
    // methods of the abstract class (isAppOnly, platform, ...) have none.
    Class<?> generated;
    try {
      generated =
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class for " + type.getName(), e);
    }
    for (Method method : generated.getDeclaredMethods()) {
      String name = method.getName();
      if (name.startsWith("with") && name.length() > 4 && method.getParameterCount() == 1) {
        String key = Character.toLowerCase(name.charAt(4)) + name.substring(5);
        if (!key.equals("explicitNulls")) {
          keys.putIfAbsent(key, returnType(type, key));
        }
      }
    }
    return keys;
  }

  private static Type returnType(Class<?> type, String key) {
    try {
      return type.getMethod(key).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no method " + key, e);
    }
  }
}
