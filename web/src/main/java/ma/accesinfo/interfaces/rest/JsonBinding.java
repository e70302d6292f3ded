package ma.accesinfo.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * How the API reads and writes JSON: as JSON-B does by default, except that a yes-or-no field takes
 * only {@code true}, {@code false} or {@code null}. By default the text {@code "yes"} would be read
 * as false: a request meant as urgent would be filed as ordinary without a word.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBoolean()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** A JSON true or false, nothing else. */
  public static final class StrictBoolean implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return switch (parser.getValue().getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new JsonbException("expected true or false");
      };
    }
  }
}
