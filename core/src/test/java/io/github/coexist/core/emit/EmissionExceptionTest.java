package io.github.coexist.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.CoexistException;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import org.junit.jupiter.api.Test;

class EmissionExceptionTest {
  @Test
  void aRefusalNamesThePlanPathAndTheReason() {
    PlanPath path = PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, 0).key("server");

    EmissionException e = new EmissionException(path, "name the server");

    assertThat(e)
        .isInstanceOf(CoexistException.class)
        .hasMessage("receiveConnectors[0].server: name the server");
    assertThat(e.path()).contains(path);
    assertThat(e.where()).isEqualTo("receiveConnectors[0].server");
    assertThat(e.reason()).isEqualTo("name the server");
  }

  @Test
  void aValueNotFromAPlanIsNamedWithoutAPath() {
    EmissionException e = new EmissionException("BTFOO", null, "not a notes.ini key") {};

    assertThat(e).hasMessage("BTFOO: not a notes.ini key");
    assertThat(e.path()).isEmpty();
    assertThat(e.where()).isEqualTo("BTFOO");
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    PlanPath path = PlanPath.root("tenant");

    assertThatThrownBy(() -> new EmissionException(null, "x")).hasMessage("path");
    assertThatThrownBy(() -> new EmissionException(path, null)).hasMessage("reason");
  }
}
