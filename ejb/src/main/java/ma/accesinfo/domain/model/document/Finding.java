package ma.accesinfo.domain.model.document;

import java.util.Objects;

/**
 * One thing the release gate found: its kind, where it is (a sheet and cell, a page, a part of the
 * file) and what it is. The detail never repeats a personal value in full: it names the pattern and
 * shows a masked sample, so that the findings can be read without leaking what they protect.
 */
public record Finding(FindingKind kind, String location, String detail) {

  public Finding {
    Objects.requireNonNull(kind);
    location = location == null ? "" : location;
    detail = detail == null ? "" : detail;
  }
}
