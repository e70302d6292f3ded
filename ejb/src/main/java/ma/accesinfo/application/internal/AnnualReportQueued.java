package ma.accesinfo.application.internal;

/** An annual report was queued; its making starts once the queuing transaction has committed. */
record AnnualReportQueued(long id) {}
