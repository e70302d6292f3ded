package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Text as searches by part of a word compare it: accents, case, Arabic letter forms and harakat,
 * and typographic apostrophes folded by the database's {@code accesinfo_fold} (migration V24), so
 * that "economie" finds "Économie" and "الامانة" finds "الأمانة".
 */
final class Folded {

  private Folded() {}

  /** A query expression folding the given path at each row. */
  static String of(String path) {
    return "cast(function('accesinfo_fold', " + path + ") as String)";
  }

  /**
   * The text folded once, by the database's own rules, to be bound as a parameter: folded in the
   * query instead, a prepared statement's generic plan folds it again at each row it compares.
   */
  static String text(EntityManager em, String text) {
    return (String)
        em.createNativeQuery("select accesinfo_fold(?1)")
            .setParameter(1, text)
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
  }
}
