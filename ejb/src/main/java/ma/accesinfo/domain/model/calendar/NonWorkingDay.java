package ma.accesinfo.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day of the legal calendar on which the administration does not work, other than a weekend: a
 * public holiday or a closure. A year's holidays are written when the year is first needed, the
 * lunar ones provisional; an administrator then confirms, moves, adds or removes days, and every
 * running deadline the change touches is computed again.
 */
@Entity
@Table(name = "non_working_day")
public class NonWorkingDay {

  @Id
  @Column(name = "day")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DayOffKind kind;

  @Column(name = "holiday_code", length = 40)
  private String holidayCode;

  @Column(name = "name_ar", nullable = false, length = 200)
  private String nameAr;

  @Column(name = "name_fr", nullable = false, length = 200)
  private String nameFr;

  @Column(nullable = false)
  private boolean provisional;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  protected NonWorkingDay() {}

  public NonWorkingDay(LocalDate day, DayOff off, Instant at, Long by) {
    if (off.kind() == DayOffKind.WEEKEND) {
      throw new IllegalArgumentException("weekends are not stored");
    }
    this.day = Objects.requireNonNull(day);
    change(off, at, by);
  }

  public void change(DayOff off, Instant at, Long by) {
    this.kind = off.kind();
    this.holidayCode = off.holidayCode();
    this.nameAr = off.nameAr();
    this.nameFr = off.nameFr();
    this.provisional = off.provisional();
    this.updatedAt = Objects.requireNonNull(at);
    this.updatedBy = by;
  }

  public LocalDate day() {
    return day;
  }

  public DayOff dayOff() {
    return new DayOff(kind, holidayCode, nameAr, nameFr, provisional);
  }
}
