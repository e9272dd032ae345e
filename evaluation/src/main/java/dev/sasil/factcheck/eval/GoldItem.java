package dev.sasil.factcheck.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotated fact (or look-alike pair) of a gold file.
 *
 * @param section the section it is listed in
 * @param id its id, unique in the file ({@code AL-ag1})
 * @param about what it is about, for people
 * @param stretch whether finding it needs inference across sentences or articles; stretch items
 *     are counted apart from recall
 * @param evidence what a finding must cite to cover it, at least one entry
 */
public record GoldItem(GoldSection section, String id, String about, boolean stretch, List<GoldEvidence> evidence) {

  public GoldItem {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(about, "about");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank item id");
    }
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("item " + id + " cites no evidence");
    }
  }
}
