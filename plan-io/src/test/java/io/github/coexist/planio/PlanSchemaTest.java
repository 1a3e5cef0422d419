package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.testsupport.Golden;
import org.junit.jupiter.api.Test;

class PlanSchemaTest {
  /** The published schema, generated from the model. */
  @Test
  void publishedSchemaIsUpToDate() {
    Golden.assertFile("../" + PlanSchema.PUBLISHED_PATH, PlanSchema.generate());
  }

  @Test
  void schemaIsDraft2020AndClosed() throws Exception {
    JsonNode schema = new JsonMapper().readTree(PlanSchema.generate());

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.get("required"))
        .extracting(JsonNode::asText)
        .containsExactly("formatVersion", "environment", "domains");
    assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(1);
  }

  @Test
  void everyAttributeOfEveryKindIsInTheSchema() throws Exception {
    JsonNode schema = new JsonMapper().readTree(PlanSchema.generate());

    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(schema.at("/properties/" + kind.planKey() + "/items/$ref").asText())
          .isEqualTo("#/$defs/" + kind.noun());
      JsonNode properties = schema.at("/$defs/" + kind.noun() + "/properties");
      // Plan facts that are no New-/Set- parameter: the address policy's
      // updateSecondaryAddressesOnly.
      int extra = kind == ObjectKind.EMAIL_ADDRESS_POLICY ? 1 : 0;
      assertThat(properties.size()).isEqualTo(kind.attributes().size() + extra);
      for (Attribute attribute : kind.attributes()) {
        JsonNode property = properties.get(attribute.key());
        assertThat(property).as(attribute.toString()).isNotNull();
        boolean allowsNull = property.has("anyOf");
        assertThat(allowsNull)
            .as(attribute + " allows null")
            .isEqualTo(!attribute.key().equals("name"));
        if (attribute.multiValued()) {
          JsonNode type = allowsNull ? property.at("/anyOf/0/type") : property.get("type");
          // A list of flags also takes Exchange's one-line form ("Tls, Integrated").
          assertThat(type.isArray() ? type.get(0).asText() : type.asText())
              .as(attribute.toString())
              .isEqualTo("array");
        }
      }
    }
  }

  @Test
  void enumerationsListExchangesSpelling() throws Exception {
    JsonNode schema = new JsonMapper().readTree(PlanSchema.generate());

    assertThat(schema.at("/$defs/RemoteDomain/properties/allowedOofType/anyOf/0/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("External", "ExternalLegacy", "InternalLegacy", "None");
    assertThat(schema.at("/properties/exchangeVersion/enum"))
        .extracting(JsonNode::toString)
        .containsExactly("\"2016\"", "\"2019\"", "\"SE\"", "2016", "2019");
  }
}
