package io.github.coexist.planio;

import io.github.coexist.core.domino.BtcalParameter;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.IniEnum;
import io.github.coexist.core.model.NotesIniCharset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan file's {@code domino} mapping: one key per entry of the BTCal catalogue ({@link
 * BtcalParameter}, in its order), then the notes.ini charset and the Domino Directory facts. A new
 * catalogue entry is read, written and in the schema without a change here.
 */
final class DominoCodec {
  private DominoCodec() {}

  /** The {@code domino} codec; {@code directory} is the codec of its {@code directory} key. */
  static RecordCodec<DominoSettings, DominoSettings.Builder> of(Codec<DominoDirectory> directory) {
    List<Field<DominoSettings, DominoSettings.Builder>> fields = new ArrayList<>();
    for (BtcalParameter parameter : BtcalParameter.values()) {
      fields.add(field(parameter));
    }
    fields.add(
        Field.optional(
            "notesIniCharset",
            ScalarCodec.keyed(NotesIniCharset.class, NotesIniCharset::key),
            DominoSettings::notesIniCharset,
            DominoSettings.Builder::notesIniCharset,
            "Not a Notes.ini setting: the charset of the server's notes.ini, which every value"
                + " must fit (US-ASCII when absent)."));
    fields.add(
        Field.optional(
            "directory",
            directory,
            DominoSettings::directory,
            DominoSettings.Builder::directory,
            "Not a Notes.ini setting: the Domino Directory documents' facts."));
    return new RecordCodec<>(
        "DominoSettings",
        "The Domino side: BTCal's Notes.ini settings (an absent key is left alone in notes.ini)"
            + " and the Domino Directory documents' facts.",
        DominoSettings::builder,
        DominoSettings.Builder::build,
        fields);
  }

  private static Field<DominoSettings, DominoSettings.Builder> field(BtcalParameter parameter) {
    return new Field<>(
        parameter.planKey(),
        codec(parameter),
        false,
        parameter.summary(),
        domino -> present(parameter.planValue(domino)),
        parameter::setPlanValue,
        domino -> false,
        Optional.empty());
  }

  private static Codec<?> codec(BtcalParameter parameter) {
    return switch (parameter.planForm()) {
      case LIST -> new ListCodec<>(ScalarCodec.STRING);
      case NUMBERED -> new MapCodec<>(ScalarCodec.INTEGER, ScalarCodec.STRING, "^[0-9]+$");
      default ->
          switch (parameter.valueKind()) {
            case FLAG -> ScalarCodec.BOOLEAN;
            case CHOICE -> choices(parameter.choiceType().orElseThrow());
            default -> ScalarCodec.STRING;
          };
    };
  }

  // The catalogue's CHOICE entries are enumerations implementing IniEnum (its factory says so).
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> choices(Class<? extends IniEnum> type) {
    return ScalarCodec.iniEnum((Class) type);
  }

  /** The value to write, or empty: an absent optional, an empty list or mapping. */
  private static Optional<?> present(Object value) {
    if (value instanceof Optional) {
      return (Optional<?>) value;
    }
    boolean empty =
        value instanceof List ? ((List<?>) value).isEmpty() : ((Map<?, ?>) value).isEmpty();
    return empty ? Optional.empty() : Optional.of(value);
  }
}
