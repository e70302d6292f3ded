package ma.accesinfo.application.internal;

/** A change of the legal calendar calls for deadlines to be computed again; done once committed. */
record DeadlinesToRecompute(long id) {}
