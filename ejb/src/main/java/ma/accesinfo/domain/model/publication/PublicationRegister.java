package ma.accesinfo.domain.model.publication;

import java.util.List;

/** The bodies' declarations of what they publish proactively. */
public interface PublicationRegister {

  /** Records a declaration, replacing the body's earlier one for the category. */
  void declare(ProactivePublication declaration);

  /** The body's declarations, in the order of the law's categories. */
  List<ProactivePublication> of(long bodyId);
}
