package ma.accesinfo.domain.model.shared;

/**
 * The stored personal data as a whole, for key rotation: values sealed under an older key (or
 * stored before sealing existed) are sealed again under the current one.
 */
public interface PersonalDataStore {

  /** Seals again up to {@code limit} rows not under the current key; returns how many. */
  int resealBatch(int limit);

  /** How many rows still hold a value not sealed under the current key. */
  long notCurrent();

  /** The id of the key values are sealed with now. */
  String currentKeyId();
}
