package dev.sasil.factcheck.extract;

import java.util.Objects;

/**
 * One trigger of the event lexicon ({@code events.txt}).
 *
 * @param attribute the event attribute ({@code released}, {@code founded} …)
 * @param lemma the noun or verb stem as Nori tags it
 * @param verb true for a verb stem (VV), false for a noun (NNG)
 * @param theme whom the claim is about
 * @param orgObject the object must be an organization
 * @param with a word that must follow the trigger closely, or empty
 * @param relation the qualifier the object or place records ({@code from}, {@code to},
 *     {@code against}), or empty
 * @param head the type a noun modified by an active relative clause must have to be the theme, or null
 * @param dated the attribute of the claim when what it is about names its own period (a month's
 *     statistics, '2024년 1월 고용동향': one edition, released once), or empty
 */
public record EventEntry(
    String attribute, String lemma, boolean verb, Theme theme, boolean orgObject, String with, String relation,
    dev.sasil.factcheck.entity.EntityType head, String dated) {

  /** Whom an event claim is about. */
  public enum Theme {
    /** The thing acted on (released, founded). */
    OBJECT,
    /** The topic or subject that acts (left, sued). */
    ACTOR,
    /** The subject of an intransitive verb (출범). */
    SUBJECT
  }

  public EventEntry {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(theme, "theme");
    with = with == null ? "" : with;
    relation = relation == null ? "" : relation;
    dated = dated == null ? "" : dated;
  }
}
