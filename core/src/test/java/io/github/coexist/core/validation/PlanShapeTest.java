package io.github.coexist.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanShape} describes the plan without looking at the model's types; this test does look,
 * and holds the description against every type a plan is made of: the same keys for each record,
 * and for each key the same form (record, list, map, leaf) and type name as the model's getter.
 * Every attribute of an Immutables value has a {@code with…} method on its generated class; helper
 * methods of the abstract class ({@code isAppOnly}, {@code platform}, ...) have none.
 */
class PlanShapeTest {
  @Test
  void theDescriptionHasEveryKeyOfTheModelWithItsShape() {
    List<String> checked = new ArrayList<>();
    compare(PlanShape.PLAN, CoexistencePlan.class, "the plan", checked);
    // every record type of the model is reached: the plan, its parts, and every object kind
    assertThat(checked).hasSizeGreaterThan(250);
  }

  @Test
  void anObjectsShapeIsTheShapeOfItsKindInThePlan() {
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(PlanShape.PLAN.key("the plan", kind.planKey()).element("x"))
          .isSameAs(PlanShape.of(kind));
    }
  }

  @Test
  void messagesNameTheTypeAsBefore() {
    assertThatThrownBy(() -> PlanShape.of(ObjectKind.SEND_CONNECTOR).key("sendConnectors[7]", "no"))
        .hasMessage("sendConnectors[7] has no key \"no\" (a SendConnector)");
    assertThatThrownBy(
            () ->
                PlanShape.PLAN
                    .key("the plan", "domains")
                    .key("domains", "primary")
                    .key("domains.primary", "x"))
        .hasMessage("domains.primary is a SmtpDomain value: it has no key \"x\"");
    assertThatThrownBy(() -> PlanShape.PLAN.key("the plan", "formatVersion").element("fv"))
        .hasMessage("fv is not a list: it has no index");
  }

  private static void compare(PlanShape shape, Type type, String where, List<String> checked) {
    checked.add(where);
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        compare(shape, args[0], where, checked);
      } else if (Collection.class.isAssignableFrom(raw)) {
        assertThat(shape).as(where).hasToString("list");
        compare(shape.element(where), args[0], where + "[0]", checked);
      } else if (Map.class.isAssignableFrom(raw)) {
        assertThat(shape).as(where).hasToString("map");
        compare(shape.element(where), args[1], where + "[k]", checked);
      } else {
        throw new AssertionError(where + ": " + type);
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (!isRecord(c)) {
      assertThat(shape).as(where).hasToString("leaf " + c.getSimpleName());
      return;
    }
    assertThat(shape).as(where).hasToString("record " + c.getSimpleName());
    Map<String, Type> keys = keysOf(c);
    assertThat(shape.keys()).as(where).containsExactlyInAnyOrderElementsOf(keys.keySet());
    keys.forEach(
        (key, keyType) -> compare(shape.key(where, key), keyType, where + "." + key, checked));
  }

  private static boolean isRecord(Class<?> type) {
    return type.getPackage() == CoexistencePlan.class.getPackage()
        && !type.isEnum()
        && !type.isInterface()
        && Modifier.isAbstract(type.getModifiers());
  }

  private static Map<String, Type> keysOf(Class<?> type) {
    Map<String, Type> keys = new TreeMap<>();
    Class<?> generated;
    try {
      generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated class for " + type.getName(), e);
    }
    for (Method method : generated.getDeclaredMethods()) {
      String name = method.getName();
      if (name.startsWith("with") && name.length() > 4 && method.getParameterCount() == 1) {
        String key = Character.toLowerCase(name.charAt(4)) + name.substring(5);
        if (!key.equals("explicitNulls")) {
          keys.put(key, returnType(type, key));
        }
      }
    }
    if (ExchangeObject.class.isAssignableFrom(type)) {
      ObjectKind kind = ObjectKind.of(type.asSubclass(ExchangeObject.class));
      kind.attributes().forEach(a -> keys.put(a.key(), returnType(type, a.key())));
    }
    return keys;
  }

  private static Type returnType(Class<?> type, String key) {
    try {
      return type.getMethod(key).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no method " + key, e);
    }
  }
}
