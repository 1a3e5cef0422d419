package io.github.coexist.examples;

import com.google.common.testing.ArbitraryInstances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Calls public methods and constructors with {@code null} for one reference parameter at a time and
 * records each that does not throw {@link NullPointerException} naming the parameter.
 *
 * <p>The name is read from the class file ({@code -parameters}, set in the parent pom); the message
 * must be the name, or contain it as a word ({@code "names element"} for {@code element}). Classes
 * Immutables generates ({@code Immutable*}, their builders) name the attribute rather than the
 * parameter ({@code withName(value)} fails with {@code "name"}), and their varargs setters
 * dereference the array in a loop: for them the exception alone is checked.
 */
final class NullChecks {
  /**
   * Exported types with public instance methods of their own but no sample, and why. Each is
   * checked by its own tests instead.
   */
  static final Map<String, String> WITHOUT_SAMPLE =
      Map.ofEntries(
          Map.entry(
              "io.github.coexist.notesini.UnmergeableFileException",
              "thrown by a merge only; its own methods are checked by its tests"),
          Map.entry(
              "io.github.coexist.license.LicenseFormat",
              "an interface for a license file format of a consumer's own; the library's one,"
                  + " CoexistLicenseFormat, has no public instance"),
          Map.entry(
              "io.github.coexist.license.CoexistLicenseFormat",
              "no public instance (the parser and issuer use it inside the module)"),
          Map.entry(
              "io.github.coexist.planio.PlanMigration",
              "a migration between plan format versions; there is none yet to sample"),
          Map.entry(
              "io.github.coexist.planio.PlanNode$Mapping",
              "made by the plan reader inside a migration only"),
          Map.entry(
              "io.github.coexist.testing.DirectoryDocumentAssert",
              "returned by DirectoryDocumentsAssert.hasDocument, which the samples do not call"),
          Map.entry(
              "io.github.coexist.core.validation.RuleContext",
              "made by the validator for one rule's run only"));

  /**
   * Methods exempt from the check, and why: a documented null, or a method the library calls but
   * whose implementations are the consumer's.
   */
  static final Map<String, String> EXEMPT_METHODS =
      Map.of(
          "io.github.coexist.core.model.ExchangeEquivalence.key",
          "a live value Exchange reports as null is the empty value (its Javadoc)",
          "io.github.coexist.planio.ExchangeValues$ObjectBuilder.set",
          "a null value is refused with IllegalArgumentException pointing to setNull (by design"
              + " of the draft; not yet aligned with NullPointerException)",
          "io.github.coexist.core.validation.Rule.check",
          "called by the validator only, never with null; a rule of a consumer's own need not check");

  private final Map<Class<?>, Object> samples;
  private final List<String> failures = new ArrayList<>();

  NullChecks(Map<Class<?>, Object> samples) {
    this.samples = samples;
  }

  List<String> failures() {
    return failures;
  }

  /** The sample of an exported type: the harvested one, or an enum's first constant. */
  static Object sampleOf(Class<?> type, Map<Class<?>, Object> samples) {
    Object sample = samples.get(type);
    if (sample == null && type.isEnum() && type.getEnumConstants().length > 0) {
      return type.getEnumConstants()[0];
    }
    return sample;
  }

  /** True if the type declares a public instance method a null could be passed to. */
  static boolean hasOwnInstanceMethods(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (isOurs(method) && !Modifier.isStatic(method.getModifiers()) && takesReferences(method)) {
        return true;
      }
    }
    return false;
  }

  void instanceMethods(Class<?> type, Object sample) {
    for (Method method : sorted(type.getMethods())) {
      if (isOurs(method) && !Modifier.isStatic(method.getModifiers())) {
        check(method, sample);
      }
    }
  }

  void constructorsAndStaticMethods(Class<?> type) {
    if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
      // An abstract class's constructors are for its subclasses.
    } else {
      for (Constructor<?> constructor : type.getConstructors()) {
        check(constructor, null);
      }
    }
    for (Method method : sorted(type.getDeclaredMethods())) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        check(method, null);
      }
    }
  }

  private static List<Method> sorted(Method[] methods) {
    List<Method> list = new ArrayList<>(List.of(methods));
    list.sort((a, b) -> a.toString().compareTo(b.toString()));
    return list;
  }

  private static boolean isOurs(Method method) {
    return method.getDeclaringClass().getName().startsWith("io.github.coexist.")
        && !method.isSynthetic()
        && !method.isBridge()
        && !(method.getName().equals("equals") && method.getParameterCount() == 1);
  }

  private static boolean takesReferences(Method method) {
    for (Parameter parameter : method.getParameters()) {
      if (!parameter.getType().isPrimitive()) {
        return true;
      }
    }
    return false;
  }

  private void check(Executable executable, Object receiver) {
    if (EXEMPT_METHODS.containsKey(
        executable.getDeclaringClass().getName() + "." + executable.getName())) {
      return;
    }
    Parameter[] parameters = executable.getParameters();
    List<String> implemented = implementedNames(executable, receiver);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive() || isNullable(parameters[i])) {
        continue;
      }
      Object[] arguments = new Object[parameters.length];
      for (int j = 0; j < parameters.length; j++) {
        arguments[j] = j == i ? null : argument(parameters[j].getType());
      }
      String where = executable + " parameter " + parameters[i].getName();
      try {
        if (executable instanceof Method method) {
          method.invoke(receiver, arguments);
        } else {
          ((Constructor<?>) executable).newInstance(arguments);
        }
        failures.add(where + ": accepted null");
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause();
        if (!(thrown instanceof NullPointerException)) {
          failures.add(where + ": threw " + thrown);
        } else if (!isGenerated(executable.getDeclaringClass())
            && !names(thrown.getMessage(), parameters[i].getName())
            && !(i < implemented.size() && names(thrown.getMessage(), implemented.get(i)))) {
          failures.add(where + ": message " + thrown.getMessage());
        }
      } catch (ReflectiveOperationException e) {
        failures.add(where + ": could not be called: " + e);
      }
    }
  }

  /** Names the parameter as a word, in any case ("Name is null" names {@code name}). */
  private static boolean names(String message, String parameter) {
    return message != null
        && Pattern.compile(
                "(^|\\W)" + Pattern.quote(parameter) + "($|\\W)", Pattern.CASE_INSENSITIVE)
            .matcher(message)
            .find();
  }

  /**
   * The parameter names of the method that runs: an interface's method is implemented by the
   * sample's class, whose names its messages use.
   */
  private static List<String> implementedNames(Executable executable, Object receiver) {
    if (receiver == null || !(executable instanceof Method method)) {
      return List.of();
    }
    try {
      Method implementation =
          receiver.getClass().getMethod(method.getName(), method.getParameterTypes());
      return List.of(implementation.getParameters()).stream().map(Parameter::getName).toList();
    } catch (NoSuchMethodException e) {
      return List.of();
    }
  }

  private static boolean isGenerated(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.getSimpleName().startsWith("Immutable")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNullable(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    for (Annotation annotation : parameter.getAnnotatedType().getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private Object argument(Class<?> type) {
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    Object sample = sampleOf(type, samples);
    if (sample != null) {
      return sample;
    }
    if (type == LocalDate.class) {
      return ApiSamples.TODAY;
    }
    if (type == Clock.class) {
      return ApiSamples.CLOCK;
    }
    if (type == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    if (type == Class.class) {
      return Object.class;
    }
    if (type == Path.class) {
      return scratchFile();
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    Object arbitrary = ArbitraryInstances.get(type);
    if (arbitrary != null) {
      return arbitrary;
    }
    if (type.isInterface()) {
      return Proxy.newProxyInstance(
          type.getClassLoader(),
          new Class<?>[] {type},
          (proxy, method, args) -> {
            throw new UnsupportedOperationException("a stand-in " + type.getSimpleName());
          });
    }
    return null;
  }

  private static Path scratchFile() {
    try {
      Path directory = Files.createTempDirectory("nulls");
      directory.toFile().deleteOnExit();
      return directory.resolve("out.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
