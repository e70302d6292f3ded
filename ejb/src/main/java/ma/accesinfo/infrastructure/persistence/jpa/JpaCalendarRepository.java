package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.accesinfo.domain.model.calendar.CalendarRepository;
import ma.accesinfo.domain.model.calendar.DayOff;
import ma.accesinfo.domain.model.calendar.NonWorkingDay;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The calendar's version as this transaction last read it. */
  private record ReadVersion(String value) {}

  @Override
  public List<NonWorkingDay> ofYear(int year) {
    return em.createQuery(
            "select d from NonWorkingDay d where d.day between :from and :to order by d.day",
            NonWorkingDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList();
  }

  @Override
  public Optional<NonWorkingDay> find(LocalDate day) {
    return Optional.ofNullable(em.find(NonWorkingDay.class, day));
  }

  @Override
  public void store(NonWorkingDay day) {
    if (!em.contains(day)) {
      em.persist(day);
    }
    em.flush();
    forgetVersion();
  }

  @Override
  public void remove(NonWorkingDay day) {
    em.remove(day);
    em.flush();
    forgetVersion();
  }

  @Override
  public String version() {
    // Read once per transaction: a list of requests counts a period for each (an inbox, 200), and
    // this transaction's own changes of the calendar go through this class, which forgets it.
    boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
    if (inTransaction && transactions.getResource(ReadVersion.class) instanceof ReadVersion read) {
      return read.value();
    }
    // The writing transaction's id tells apart a change rolled back from the next one committed.
    // No flush first: the calendar's changes are flushed where they are made (above), and a flush
    // of a persistence context holding hundreds of requests costs more than the count itself.
    String version =
        (String)
            em.createNativeQuery(
                    "select cast(version as text) || ':' || cast(xmin as text) from"
                        + " calendar_version")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    if (inTransaction) {
      transactions.putResource(ReadVersion.class, new ReadVersion(version));
    }
    return version;
  }

  private void forgetVersion() {
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.putResource(ReadVersion.class, null);
    }
  }

  @Override
  public void seedYear(int year, Map<LocalDate, DayOff> holidays) {
    // Concurrent first uses of a year race here; the one whose year row is written seeds it.
    int claimed =
        em.createNativeQuery(
                "insert into calendar_year (year, seeded_at) values (?1, now()) on conflict do nothing")
            .setParameter(1, year)
            .executeUpdate();
    if (claimed == 0) {
      return;
    }
    holidays.forEach(
        (day, off) ->
            em.createNativeQuery(
                    "insert into non_working_day (day, kind, holiday_code, name_ar, name_fr, provisional, updated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, now()) on conflict do nothing")
                .setParameter(1, day)
                .setParameter(2, off.kind().name())
                .setParameter(3, off.holidayCode())
                .setParameter(4, off.nameAr())
                .setParameter(5, off.nameFr())
                .setParameter(6, off.provisional())
                .executeUpdate());
    forgetVersion();
  }
}
