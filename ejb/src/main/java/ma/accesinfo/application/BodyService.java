package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;

/** The directory of bodies. */
@Local
public interface BodyService {

  /** Anyone may search the directory: active bodies whose code or names contain the text. */
  List<BodyView> searchBodies(String text);

  /** An administrator adds a body to the directory. */
  BodyView createBody(NewBody body);

  record BodyView(String code, String nameAr, String nameFr, String kind) {}

  record NewBody(String code, String kind, String nameAr, String nameFr, String email) {}
}
