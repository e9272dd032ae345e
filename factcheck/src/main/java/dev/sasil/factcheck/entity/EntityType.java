package dev.sasil.factcheck.entity;

/** What kind of thing an entity is; decides which roles it can play in a claim. */
public enum EntityType {
  /** Companies, labs, alliances, institutions. */
  ORG,
  PERSON,
  /** Models, services, chatbots, software. */
  PRODUCT,
  PLACE,
  /** A part of a population a statistic breaks down by (60대, 60세 이상, 15~29세). */
  GROUP,
  /** A name found in the text (proper noun, Latin word, quoted name) that the alias table does not know. */
  UNKNOWN
}
