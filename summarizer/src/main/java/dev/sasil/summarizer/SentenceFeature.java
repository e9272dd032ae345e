package dev.sasil.summarizer;

/**
 * What {@link SelectionModel} knows of a candidate sentence, one number each ({@link
 * SentenceFeatures} computes them). "Place" is the 0-based place among the candidates, a photo
 * caption not counted; "a report" is an article that opens as a straight-news report (its
 * first candidate, a caption aside, states what happened or is written as a news lead); {@code n} the number of candidates. The
 * interactions let one linear model hold the inverted pyramid of a short report and the weaker lead
 * of a longer or a feature article.
 */
public enum SentenceFeature {
  /** 1 for the first candidate, else 0. */
  PLACE_1,
  /** 1 for the second candidate. */
  PLACE_2,
  /** 1 for the third. */
  PLACE_3,
  /** 1 for the fourth. */
  PLACE_4,
  /** 1 for the fifth. */
  PLACE_5,
  /** {@code PLACE_1} in a report, else 0. */
  REPORT_PLACE_1,
  /** {@code PLACE_2} in a report. */
  REPORT_PLACE_2,
  /** {@code PLACE_3} in a report. */
  REPORT_PLACE_3,
  /** {@code PLACE_4} in a report. */
  REPORT_PLACE_4,
  /** {@code PLACE_5} in a report. */
  REPORT_PLACE_5,
  /** {@code ln(place + 1)}: how far down the article. */
  LOG_PLACE,
  /** {@code LOG_PLACE} in a report. */
  REPORT_LOG_PLACE,
  /** {@code ln(length / mean length)}: long or short for this article. */
  LENGTH,
  /** {@code LENGTH} in a report. */
  REPORT_LENGTH,
  /** Centrality: the sentence's PageRank over the similarity graph, uniform teleport, over the highest. */
  CENTRALITY,
  /** 1 when it quotes someone directly ({@link DirectQuotes}). */
  QUOTE,
  /** 1 when it ends by attributing indirect speech ({@link NewsStyle#attribution}). */
  ATTRIBUTION,
  /** 1 when it is written as a photo caption ({@link NewsStyle#caption}). */
  CAPTION,
  /** 1 when it lists items or figures in prose ({@link NewsStyle#enumeration}). */
  ENUMERATION,
  /** 1 when it can open a report ({@link NewsStyle#reportStatement}). */
  STATEMENT,
  /** 1 when it is written as a news lead ({@link NewsStyle#lead}). */
  NEWS_LEAD,
  /** {@code QUOTE} in a report. */
  REPORT_QUOTE,
  /** {@code ATTRIBUTION} in a report. */
  REPORT_ATTRIBUTION,
  /** 1 for the last of two or more candidates: the closing outlook or reaction. */
  CLOSING,
  /** The share of the article's key names, figures and dates it holds (names, foreign words and numbers
   * written in the headline or in two candidates or more, idf-weighted, over the highest share). */
  KEY_TERMS,
  /** Its distinct numbers, at most 5, over 5. */
  FIGURES,
  /** Its distinct content terms of two characters or more written in the headline, at most 5, over 5. */
  HEADLINE,
  /**
   * 1 when its first morpheme is a conjunctive adverb or an interjection (Nori {@code MAJ}, {@code
   * IC}: 그러나, 또한): it leans on the sentence before. Determiners ({@code MM}) are not: most are
   * numerals and adjectives (한, 첫, 모든), not the demonstratives 이 and 그.
   */
  CONNECTIVE_START,
  /** 1 when it opens with a pronoun ({@code NP}: 이는, 이에): the same. */
  PRONOUN_START,
  /** {@code NEWS_LEAD} at the third place or later: the report's own lead after a scene or a summary. */
  LATE_NEWS_LEAD,
  /** {@code ln n}: the article's size. */
  LOG_SIZE,
  /** {@code LOG_SIZE * LOG_PLACE}. */
  SIZE_LOG_PLACE,
  /** {@code LOG_SIZE * LENGTH}. */
  SIZE_LENGTH,
  /** {@code LOG_SIZE} for the first three places, else 0. */
  SIZE_LEAD,
  /** 1 when a subject or topic particle ({@code JKS}, {@code JX}) is among its first eight morphemes. */
  SUBJECT,
  /** 1 when its last morpheme that is not punctuation is a sentence-final ending ({@code EF}): not a fragment. */
  FINAL_ENDING,
  /** 1 when it names a day ({@link NewsStyle#namesDay}): 11일, 이날. */
  DAY,
  /** Its quotation marks, at most 4, over 4: quoted names and phrases. */
  QUOTATION_MARKS;

  /** The number of features. */
  public static final int COUNT = values().length;
}
