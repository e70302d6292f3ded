package ma.accesinfo.infrastructure.persistence.jpa;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of a native query's columns, as the driver and Hibernate give them. */
final class NativeColumns {

  private NativeColumns() {}

  /** A {@code timestamptz} column's value. */
  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
