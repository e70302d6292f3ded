package ma.accesinfo.application;

import java.util.List;
import ma.accesinfo.domain.model.calendar.LegalPeriod;

/** The choices an installation makes where the law leaves them open. */
public interface ProcedureSettings {

  /** How many working days before the due date the officers are reminded, e.g. 5 and 2. */
  List<Integer> reminderWorkingDaysBeforeDue();

  /** How long the requester has to clarify a request before the officer resumes without it. */
  LegalPeriod clarificationPeriod();

  /**
   * Whether waiting for a clarification stops the clock. The law sets no pause, so by default the
   * clock keeps running.
   */
  boolean clarificationPausesClock();

  /**
   * How many days after a request is closed (and any complaint about it settled) its requester's
   * personal data is kept.
   */
  int personalDataRetentionDays();

  /** The licence everything published as open data carries (Art. 6), as a URI. */
  String openDataLicence();

  /** The largest document an officer may attach, in bytes. */
  long uploadLimitBytes();

  /** The address people reach the system at, for links in e-mail. */
  String publicAddress();
}
