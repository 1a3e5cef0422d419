package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.CoexistException;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.SnapshotFormatException;
import io.github.coexist.livestate.SnapshotJsonReader;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One family for a consumer to catch: every public exception of the library is a CoexistException.
 */
class ExceptionFamilyTest {
  @Test
  void everyPublicExceptionIsACoexistExceptionAndAnIllegalArgumentException() {
    List<Class<?>> exceptions =
        ExportedClasses.all().stream().filter(Throwable.class::isAssignableFrom).toList();

    assertThat(exceptions).hasSizeGreaterThanOrEqualTo(10);
    assertThat(exceptions)
        .allSatisfy(type -> assertThat(CoexistException.class).isAssignableFrom(type));
    assertThat(IllegalArgumentException.class).isAssignableFrom(CoexistException.class);
  }

  /** CoexistException's Javadoc lists the whole family: a new member cannot go unmentioned. */
  @Test
  void theFamilyIsListedInCoexistExceptionsJavadoc() throws IOException {
    String source =
        Files.readString(
            Path.of("../core/src/main/java/io/github/coexist/core/CoexistException.java"));
    // The Javadoc as one line of text: its line breaks and leading stars become spaces.
    String javadoc =
        source
            .substring(0, source.indexOf("public class CoexistException"))
            .replaceAll("\\s*\\n\\s*\\*\\s*", " ");

    List<String> family =
        ExportedClasses.all().stream()
            .filter(type -> type != CoexistException.class)
            .filter(CoexistException.class::isAssignableFrom)
            .map(Class::getSimpleName)
            .toList();
    assertThat(family).isNotEmpty();
    assertThat(family).allSatisfy(name -> assertThat(javadoc).contains("{@code " + name + "}"));
  }

  @Test
  void messagesNameTheFilePositionOrParameter() {
    assertThatThrownBy(() -> SmtpDomain.parse("not a domain"))
        .isInstanceOf(InvalidValueException.class)
        .isInstanceOf(CoexistException.class)
        .hasMessageStartingWith("not an SMTP domain: \"not a domain\"");
    assertThatThrownBy(() -> PlanReader.standard().read("formatVersion: [", "plan.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith("plan.yaml:1:");
    assertThatThrownBy(() -> SnapshotJsonReader.read(new StringReader("{"), "snapshot.json"))
        .isInstanceOf(SnapshotFormatException.class)
        .isInstanceOf(CoexistException.class)
        .hasMessageStartingWith("snapshot.json:1:");
  }
}
