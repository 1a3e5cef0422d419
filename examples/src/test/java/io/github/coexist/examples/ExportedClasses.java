package io.github.coexist.examples;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public classes a consumer of the library modules can name: those of the packages each
 * module's own descriptor exports (unqualified), public down to their outermost class.
 */
final class ExportedClasses {
  /** The library modules a consumer imports (the cli is an application, not an API). */
  static final Set<String> LIBRARY_MODULES =
      Set.of(
          "io.github.coexist.core",
          "io.github.coexist.planio",
          "io.github.coexist.livestate",
          "io.github.coexist.powershell",
          "io.github.coexist.notesini",
          "io.github.coexist.domino",
          "io.github.coexist.license",
          "io.github.coexist.runbook",
          "io.github.coexist.testing");

  private ExportedClasses() {}

  /**
   * Every exported public class, sorted by name; fails if a library module's descriptor is gone.
   */
  static List<Class<?>> all() {
    try {
      ClassLoader loader = ExportedClasses.class.getClassLoader();
      Set<String> packages = new TreeSet<>();
      Set<String> modules = new TreeSet<>();
      for (URL url : Collections.list(loader.getResources("module-info.class"))) {
        try (InputStream in = url.openStream()) {
          ModuleDescriptor descriptor = ModuleDescriptor.read(in);
          if (LIBRARY_MODULES.contains(descriptor.name())) {
            modules.add(descriptor.name());
            descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .forEach(e -> packages.add(e.source()));
          }
        }
      }
      if (!modules.equals(new TreeSet<>(LIBRARY_MODULES))) {
        throw new AssertionError("library module descriptors found: " + modules);
      }
      List<Class<?>> classes = new ArrayList<>();
      for (ClassPath.ClassInfo info : ClassPath.from(loader).getAllClasses()) {
        if (packages.contains(info.getPackageName())) {
          Class<?> type = info.load();
          if (isPublicApi(type)) {
            classes.add(type);
          }
        }
      }
      classes.sort((a, b) -> a.getName().compareTo(b.getName()));
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isSynthetic() && !type.isAnonymousClass();
  }
}
