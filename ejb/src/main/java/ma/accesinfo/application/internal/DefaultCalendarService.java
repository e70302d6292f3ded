package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.CalendarService;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.calendar.CalendarRepository;
import ma.accesinfo.domain.model.calendar.DayOff;
import ma.accesinfo.domain.model.calendar.DayOffKind;
import ma.accesinfo.domain.model.calendar.Deadline;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations;
import ma.accesinfo.domain.model.calendar.LegalPeriod;
import ma.accesinfo.domain.model.calendar.NonWorkingDay;
import ma.accesinfo.domain.model.calendar.PeriodUnit;
import ma.accesinfo.domain.model.calendar.WeekdayCalendar;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultCalendarService implements CalendarService {

  static final int FIRST_YEAR = 2018;
  static final int LAST_YEAR = 2100;

  /** How far from its provisional date a lunar holiday may be observed. */
  static final int MOST_DAYS_OBSERVED_APART = 7;

  @Inject LegalCalendar legalCalendar;
  @Inject CalendarRepository calendar;
  @Inject DeadlineRecalculation recalculation;
  @Inject DeadlineRecalculations recalculations;
  @Inject Callers callers;
  @Inject Clock clock;

  @Override
  public CalendarYearView calendar(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RecordNotFoundException("calendarYearNotFound", String.valueOf(year));
    }
    List<DayView> days =
        legalCalendar.year(year).entrySet().stream()
            .map(e -> view(e.getKey(), e.getValue()))
            .toList();
    return new CalendarYearView(year, List.of("SATURDAY", "SUNDAY"), days);
  }

  @Override
  public DayView setDay(LocalDate day, DayChange in) {
    Account admin = administrator();
    InputCheck check = new InputCheck();
    DayOffKind kind = check.choice("kind", in.kind(), true, DayOffKind.class);
    if (kind == DayOffKind.WEEKEND) {
      check.add("kind", "invalidChoice", "FIXED_HOLIDAY, LUNAR_HOLIDAY, CLOSURE");
    }
    String holidayCode = check.text("holidayCode", in.holidayCode(), false, 40);
    String nameAr = check.text("nameAr", in.nameAr(), true, 200);
    String nameFr = check.text("nameFr", in.nameFr(), true, 200);
    check.done();
    requireInCalendar(day);
    if (WeekdayCalendar.isWeekend(day)) {
      throw new LegalRuleViolationException("dayIsWeekend", day.toString());
    }
    legalCalendar.year(day.getYear());
    DayOff off =
        new DayOff(kind, holidayCode, nameAr, nameFr, Boolean.TRUE.equals(in.provisional()));
    NonWorkingDay stored =
        calendar
            .find(day)
            .map(
                existing -> {
                  existing.change(off, clock.instant(), admin.id());
                  return existing;
                })
            .orElseGet(() -> new NonWorkingDay(day, off, clock.instant(), admin.id()));
    calendar.store(stored);
    recalculation.afterCalendarChange(day, nameFr);
    return view(day, off);
  }

  @Override
  public void removeDay(LocalDate day) {
    administrator();
    requireInCalendar(day);
    legalCalendar.year(day.getYear());
    NonWorkingDay stored =
        calendar
            .find(day)
            .orElseThrow(() -> new RecordNotFoundException("dayNotFound", day.toString()));
    String name = stored.dayOff().nameFr();
    calendar.remove(stored);
    recalculation.afterCalendarChange(day, name);
  }

  @Override
  public DayView observeOn(LocalDate day, LocalDate observed) {
    Account admin = administrator();
    InputCheck check = new InputCheck();
    if (observed == null) {
      check.add("date", "required");
    }
    check.done();
    requireInCalendar(day);
    requireInCalendar(observed);
    legalCalendar.year(day.getYear());
    legalCalendar.year(observed.getYear());
    NonWorkingDay stored =
        calendar
            .find(day)
            .orElseThrow(() -> new RecordNotFoundException("dayNotFound", day.toString()));
    DayOff off = stored.dayOff();
    if (off.kind() != DayOffKind.LUNAR_HOLIDAY) {
      throw new LegalRuleViolationException("onlyLunarHolidaysAreObserved", day.toString());
    }
    if (Math.abs(ChronoUnit.DAYS.between(day, observed)) > MOST_DAYS_OBSERVED_APART) {
      throw new LegalRuleViolationException(
          "observedTooFar", day.toString(), observed.toString(), MOST_DAYS_OBSERVED_APART);
    }
    DayOff confirmed = new DayOff(off.kind(), off.holidayCode(), off.nameAr(), off.nameFr(), false);
    Instant now = clock.instant();
    if (observed.equals(day)) {
      stored.change(confirmed, now, admin.id());
      calendar.store(stored);
      recalculation.afterCalendarChange(day, off.nameFr());
      return view(day, confirmed);
    }
    if (calendar.find(observed).isPresent()) {
      throw new StateConflictException("dayAlreadyNonWorking", observed.toString());
    }
    calendar.remove(stored);
    if (!WeekdayCalendar.isWeekend(observed)) {
      calendar.store(new NonWorkingDay(observed, confirmed, now, admin.id()));
    }
    recalculation.afterCalendarChange(day, off.nameFr());
    recalculation.afterCalendarChange(observed, off.nameFr());
    return view(observed, confirmed);
  }

  @Override
  public DeadlineView deadline(LocalDate from, Integer length, String unitText) {
    InputCheck check = new InputCheck();
    if (from == null) {
      check.add("from", "required");
    }
    if (length == null) {
      check.add("length", "required");
    } else if (length < 1 || length > 365) {
      check.add("length", "outOfRange", 1, 365);
    }
    PeriodUnit unit =
        check.choice("unit", unitText == null ? "WORKING_DAYS" : unitText, true, PeriodUnit.class);
    check.done();
    requireInCalendar(from);
    Deadline deadline = legalCalendar.clock().deadline(from, new LegalPeriod(length, unit));
    return view(deadline, legalCalendar.clock().rule().name());
  }

  static DeadlineView view(Deadline deadline, String rule) {
    return new DeadlineView(
        deadline.start(),
        deadline.period().length(),
        deadline.period().unit().name(),
        deadline.lastDay(),
        rule,
        deadline.movedFrom(),
        deadline.skippedDays().stream().map(s -> view(s.day(), s.reason())).toList());
  }

  static DayView view(LocalDate day, DayOff off) {
    return new DayView(
        day, off.kind().name(), off.holidayCode(), off.nameAr(), off.nameFr(), off.provisional());
  }

  @Override
  public List<RecalculationView> listRecalculations() {
    administrator();
    return java.util.stream.Stream.concat(
            recalculations.unfinished().stream(),
            recalculations.finishedWithSkipsSince(clock.instant().minus(SKIPS_LISTED_FOR)).stream())
        .map(
            r ->
                new RecalculationView(
                    r.day(),
                    r.reason(),
                    r.requestedAt(),
                    r.moved(),
                    r.afterDueDate(),
                    r.finishedAt(),
                    recalculations.skipped(r.id()).stream()
                        .map(s -> new SkippedView(s.reference(), s.failure()))
                        .toList()))
        .toList();
  }

  private Account administrator() {
    Account caller = callers.require();
    if (!caller.holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    return caller;
  }

  private static void requireInCalendar(LocalDate day) {
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR - 1) {
      throw new LegalRuleViolationException(
          "dayOutsideCalendar", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR - 1));
    }
  }
}
