package ma.accesinfo.domain.model.shared;

import java.util.function.LongConsumer;

/**
 * The stored personal data as a whole, for key rotation: values sealed under an older key (or
 * stored before sealing existed) are sealed again under the current one.
 */
public interface PersonalDataStore {

  /**
   * Where sealing again has got to: the rows of the {@code part}-th table after {@code afterId}.
   */
  record Position(int part, long afterId) {
    public static final Position START = new Position(0, 0);
  }

  /**
   * What one batch did: how many rows it sealed again, and where the next one starts (null: done).
   */
  record Progress(int sealed, Position next) {}

  /**
   * Seals again up to {@code limit} rows not under the current key, the first ones after {@code
   * from} in the order of the tables and their ids. Each batch reads on from where the last one
   * stopped, so that a pass over a million rows reads each of them once. Rows another transaction
   * holds are passed over: a second pass takes them.
   */
  Progress resealFrom(Position from, int limit);

  /**
   * One pass over the stored personal data, batch after batch (each a transaction of its own when
   * the store is a container's), telling {@code sealedBatch} how many rows each batch sealed again;
   * returns how many rows the pass sealed again.
   */
  static long pass(PersonalDataStore store, int batch, LongConsumer sealedBatch) {
    long sealed = 0;
    for (Position at = Position.START; at != null; ) {
      Progress done = store.resealFrom(at, batch);
      sealed += done.sealed();
      sealedBatch.accept(done.sealed());
      at = done.next();
    }
    return sealed;
  }

  /** How many rows still hold a value not sealed under the current key. */
  long notCurrent();

  /** The id of the key values are sealed with now. */
  String currentKeyId();
}
