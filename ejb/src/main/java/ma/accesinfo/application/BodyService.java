package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;

/** The directory of bodies. */
@Local
public interface BodyService {

  /** At most this many bodies answer a search: a national catalogue holds thousands. */
  int LISTED = 100;

  /**
   * Anyone may search the directory: active bodies whose code or names contain the text (accents,
   * case and Arabic letter forms folded), at most {@link #LISTED}; all of them, as far, without a
   * text.
   */
  List<BodyView> searchBodies(String text);

  /** The same search, and whether more bodies match than the {@link #LISTED} it answers. */
  Found findBodies(String text);

  /** Bodies found, at most {@link #LISTED}, and whether more match. */
  record Found(List<BodyView> bodies, boolean more) {}

  /**
   * The whole catalogue of active bodies, by code, for those who must choose among all of them: the
   * single window's routing officers only (a few thousand bodies nationally).
   */
  List<BodyView> listCatalogue();

  /** Anyone may look up an active body by its exact code (any case). */
  java.util.Optional<BodyView> findBody(String code);

  /** An administrator adds a body to the directory. */
  BodyView createBody(NewBody body);

  record BodyView(String code, String nameAr, String nameFr, String kind) {}

  record NewBody(String code, String kind, String nameAr, String nameFr, String email) {}
}
