package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.RefusalRegister;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;
import ma.accesinfo.domain.model.openness.RefusalRegister.Filter;

@Stateless
public class DefaultOpennessService implements OpennessService {

  static final int REGISTER_LIMIT = 1_000;
  private static final Pattern BODY_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]*$");
  private static final Pattern YEAR = Pattern.compile("^20\\d\\d$");
  private static final Pattern OUTCOME = Pattern.compile("^[A-Z_]{2,40}$");

  @Inject RefusalRegister register;
  @Inject AccessLaw law;

  @Override
  public List<Entry> refusals(String bodyCode, String exemption, String year, String outcome) {
    InputCheck check = new InputCheck();
    String body = check.matching("body", upper(bodyCode), false, 40, BODY_CODE, "MIN-EF");
    String exemptionCode = check.text("exemption", upper(exemption), false, 60);
    if (exemptionCode != null && !law.isExemption(exemptionCode)) {
      check.add("exemption", "invalidChoice", "Art. 7");
    }
    String yearText = check.matching("year", year, false, 4, YEAR, "2026");
    String outcomeCode = check.matching("outcome", upper(outcome), false, 40, OUTCOME, "UPHELD");
    check.done();
    return register.search(
        new Filter(
            body, exemptionCode, yearText == null ? null : Integer.valueOf(yearText), outcomeCode),
        REGISTER_LIMIT);
  }

  @Override
  public Check verifyRefusals() {
    return register.verify();
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
