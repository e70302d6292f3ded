package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;

/** What anyone may read of how the right is applied: the public register of refusals. */
@Local
public interface OpennessService {

  /**
   * The register's entries, newest first, filtered by body code, Art. 7 exemption code, year of the
   * decision and outcome of a complaint; never anyone's identity.
   */
  List<Entry> refusals(String bodyCode, String exemption, String year, String outcome);

  /** Recomputes the register's hash chain, for anyone to check that nothing was changed. */
  Check verifyRefusals();
}
