package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.testsupport.CmdletReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter parity: every parameter of the New-/Set- cmdlets of the seven object kinds in
 * Microsoft's reference (except DomainController, Confirm, WhatIf, Force and Identity) is an
 * attribute under the key the plan format derives from it, on the same platforms.
 */
class ModelParityTest {
  private static final Set<String> NOT_MODELLED =
      Set.of("DomainController", "Confirm", "WhatIf", "Force", "Identity");

  static Stream<Arguments> parameters() {
    List<Arguments> all = new ArrayList<>();
    CmdletReference ref = CmdletReference.get();
    for (ObjectKind kind : ObjectKind.values()) {
      for (String verb : List.of("New", "Set")) {
        String cmdlet = verb + "-" + kind.noun();
        for (String parameter : ref.parameters(cmdlet)) {
          if (!NOT_MODELLED.contains(parameter)) {
            all.add(Arguments.of(kind, cmdlet, parameter));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} -{2}")
  @MethodSource("parameters")
  void everyReferenceParameterIsAnAttribute(ObjectKind kind, String cmdlet, String parameter) {
    String key = PlanKeys.keyOf(parameter);
    Attribute attribute = kind.attribute(key).orElse(null);
    assertThat(attribute).as("attribute %s of %s", key, kind).isNotNull();
    assertThat(attribute.parameter()).isEqualTo(parameter);
    Set<Platform> documented = CmdletReference.get().platforms(cmdlet, parameter, Platform.class);
    Set<Platform> modelled =
        cmdlet.startsWith("New-") ? attribute.newPlatforms() : attribute.setPlatforms();
    assertThat(modelled).as("platforms of %s -%s", cmdlet, parameter).isEqualTo(documented);
    boolean multi =
        CmdletReference.get().parameter(cmdlet, parameter).get("multiValued").asBoolean();
    assertThat(attribute.multiValued()).isEqualTo(multi);
    if (CmdletReference.get()
        .parameter(cmdlet, parameter)
        .path("acceptedValues")
        .toString()
        .contains("\"$null\"")) {
      assertThat(attribute.nullable()).as("%s takes $null", attribute).isTrue();
    }
    String type = CmdletReference.get().parameter(cmdlet, parameter).get("type").asText();
    if (type.equals("SwitchParameter")) {
      assertThat(attribute.switchParameter()).as("%s is a switch", attribute).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyAttributeComesFromTheReference(ObjectKind kind) {
    CmdletReference ref = CmdletReference.get();
    for (Attribute attribute : kind.attributes()) {
      boolean inNew = ref.parameters("New-" + kind.noun()).contains(attribute.parameter());
      boolean inSet = ref.parameters("Set-" + kind.noun()).contains(attribute.parameter());
      assertThat(inNew || inSet).as("%s in the reference", attribute).isTrue();
      assertThat(attribute.newPlatforms().isEmpty()).isEqualTo(!inNew);
      assertThat(attribute.setPlatforms().isEmpty()).isEqualTo(!inSet);
      if (attribute.switchParameter()) {
        assertThat(
                Stream.of("New-", "Set-")
                    .map(verb -> verb + kind.noun())
                    .filter(cmdlet -> ref.parameters(cmdlet).contains(attribute.parameter()))
                    .map(
                        cmdlet ->
                            ref.parameter(cmdlet, attribute.parameter()).get("type").asText()))
            .as("%s is a switch in the reference", attribute)
            .contains("SwitchParameter");
      }
    }
  }

  static Stream<ObjectKind> kinds() {
    return EnumSet.allOf(ObjectKind.class).stream();
  }
}
