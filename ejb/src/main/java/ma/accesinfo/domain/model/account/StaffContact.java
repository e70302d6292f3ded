package ma.accesinfo.domain.model.account;

import ma.accesinfo.domain.model.shared.Language;

/**
 * What a message to a member of a body's staff needs of the account: its id, address and language.
 * Read without the account itself, whose sealed personal data and roles an alert has no use for.
 */
public record StaffContact(long id, String email, Language preferredLanguage) {}
