package ma.accesinfo.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ma.accesinfo.domain.model.shared.PersonalDataStore.Position;
import ma.accesinfo.domain.model.shared.PersonalDataStore.Progress;
import org.junit.jupiter.api.Test;

class PersonalDataStoreTest {

  /** Two tables of rows to seal again, read in batches from where the last batch stopped. */
  static final class Tables implements PersonalDataStore {
    final long[][] ids = {{3, 5, 8, 9, 12}, {1, 2}};
    final List<Position> asked = new ArrayList<>();

    @Override
    public Progress resealFrom(Position from, int limit) {
      asked.add(from);
      for (int part = from.part(); part < ids.length; part++) {
        long after = part == from.part() ? from.afterId() : 0;
        List<Long> batch = new ArrayList<>();
        for (long id : ids[part]) {
          if (id > after && batch.size() < limit) {
            batch.add(id);
          }
        }
        if (!batch.isEmpty()) {
          return new Progress(batch.size(), new Position(part, batch.get(batch.size() - 1)));
        }
      }
      return new Progress(0, null);
    }

    @Override
    public long notCurrent() {
      return 0;
    }

    @Override
    public String currentKeyId() {
      return "k1";
    }
  }

  @Test
  void shouldReadEachRowOnceAndTellHowManyEachBatchSealed() {
    // Given seven rows to seal in two tables
    Tables store = new Tables();
    List<Long> batches = new ArrayList<>();

    // When a pass takes them two at a time
    long sealed = PersonalDataStore.pass(store, 2, batches::add);

    // Then each batch starts after the last row of the one before, and the counts add up
    assertThat(sealed).isEqualTo(7);
    assertThat(batches).containsExactly(2L, 2L, 1L, 2L, 0L);
    assertThat(store.asked)
        .containsExactly(
            Position.START,
            new Position(0, 5),
            new Position(0, 9),
            new Position(0, 12),
            new Position(1, 2));
  }
}
