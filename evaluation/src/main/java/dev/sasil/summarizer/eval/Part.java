package dev.sasil.summarizer.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Which records of a labelled corpus to use: a fixed third of them, chosen by the CRC-32 of the
 * record id, is held out for testing; weights are fitted on the rest. The split depends on the id
 * alone, so it is the same on every machine and when records are added.
 */
public enum Part {
  ALL, TRAIN, TEST;

  /** Whether the record with {@code id} belongs to this part. */
  public boolean includes(String id) {
    if (this == ALL) {
      return true;
    }
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    boolean test = crc.getValue() % 3 == 0;
    return this == TEST ? test : !test;
  }

  /** The records of {@code corpus} in this part, in order. */
  public List<LabelledArticle> of(List<LabelledArticle> corpus) {
    return corpus.stream().filter(r -> includes(r.id())).toList();
  }
}
