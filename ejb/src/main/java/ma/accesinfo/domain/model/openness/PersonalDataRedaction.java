package ma.accesinfo.domain.model.openness;

import java.util.Collection;

/** Takes personal data out of a text before it is published. */
public interface PersonalDataRedaction {

  /** The mark left where something was taken out. */
  String MARK = "[…]";

  /**
   * The text with the given names (the requester's, say) and the patterns of personal data
   * (identity card, telephone, e-mail, bank account numbers) replaced by {@link #MARK}.
   */
  String redact(String text, Collection<String> names);
}
