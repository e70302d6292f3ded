package ma.accesinfo.domain.model.body;

import java.util.List;
import java.util.Optional;

/** The catalogue of bodies. */
public interface BodyRepository {

  Optional<Body> findByCode(String code);

  Optional<Body> find(long id);

  /** Active bodies whose code or name (Arabic or French) contains the text, or all when blank. */
  List<Body> search(String text, int limit);

  void store(Body body);
}
