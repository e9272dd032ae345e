package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Role;
import java.util.ArrayList;
import java.util.List;

/** What earlier sentences of the article leave for later ones: the topic and names in order. */
final class Discourse {
  Entity topic;
  final List<Entity> recent = new ArrayList<>();
  /** The last measure read with a head of its own, for figures of a later sentence that name none. */
  MeasureFrames.Head lastMeasure;
  /**
   * The noun {@link #lastMeasure} was written with when it has no owner (매출 of revenue), for a
   * later change that names nothing: 이는 전년 대비 23% 증가한 수치다 is that noun's growth.
   */
  String lastMeasureNoun = "";
  /** The unit of the figure {@link #lastMeasure} was read for. */
  dev.sasil.factcheck.quantity.QuantityUnit lastMeasureUnit;
  /**
   * The last measure the catalog knows read with a head of its own (정원, not a list item's name
   * read as a head), for the items of a later bulleted list that name no measure.
   */
  MeasureFrames.Head knownMeasure;
  /** The unit of the figure {@link #knownMeasure} was read for. */
  dev.sasil.factcheck.quantity.QuantityUnit knownMeasureUnit;
  /** The index of the sentence {@link #lastMeasure} was read in. */
  int lastMeasureSentence = -1;
  /** The period of the last sentence's measures, for a following sentence without any time. */
  String measurePeriod;
  /** Whether the last sentence's measures were all of {@link #measurePeriod}, no series of periods. */
  boolean measurePeriodAlone;
  /**
   * The moment of the day the last sentence's running counts stood at (AsOfClock), for a
   * following sentence that writes no time and no final count.
   */
  String asOf;
  /** Set while reading a sentence whose measures continue the topic (매출은 16조원이었다): the topic stays. */
  boolean topicContinued;

  void after(SentenceContext ctx) {
    Entity t = null;
    for (EntityMention m : ctx.mentions) {
      if (m.role() == Role.TOPIC) {
        t = m.entity();
        if (ctx.reports()) {
          // 항우연은 다누리가 궤도 진입에 성공했다고 밝혔다: what follows is about what was reported
          for (EntityMention r : ctx.mentions) {
            if (r.role() == Role.SUBJECT && r.start() > m.end()) {
              t = r.entity();
              break;
            }
          }
        }
        break;
      }
    }
    if (t == null) {
      for (EntityMention m : ctx.mentions) {
        if (m.role() == Role.SUBJECT) {
          t = m.entity();
          break;
        }
      }
    }
    if (t != null || (ctx.hasActorWord(0, ctx.text.length()) && !topicContinued)) {
      topic = t;
    }
    topicContinued = false;
    // names in this sentence, most recent last; only the last two sentences count
    List<Entity> named = new ArrayList<>(ctx.mentions.size());
    for (EntityMention m : ctx.mentions) {
      named.add(m.entity());
    }
    recentWindow.add(java.util.Collections.unmodifiableList(named));
    if (recentWindow.size() > 2) {
      recentWindow.remove(0);
    }
    recent.clear();
    recentWindow.forEach(recent::addAll);
    for (Entity e : named) {
      if (fullName(e)) {
        people.add(e);
      }
    }
  }

  private final List<List<Entity>> recentWindow = new ArrayList<>();

  /** The people the article has named in full so far (진교훈), for a surname with a title later (진 후보). */
  final java.util.Set<Entity> people = new java.util.LinkedHashSet<>();

  /**
   * The one person named so far, in earlier sentences or before {@code at} in this one, whose
   * name of two to four syllables starts with {@code surname}; empty when none or several.
   */
  java.util.Optional<Entity> personBySurname(String surname, SentenceContext ctx, int at) {
    return personBySurname(surname, ctx.mentions.stream().filter(m -> m.end() <= at).toList());
  }

  /** As above, among the people named in earlier sentences and those of {@code before}. */
  java.util.Optional<Entity> personBySurname(String surname, List<EntityMention> before) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    Entity found = null;
    List<Entity> candidates = new ArrayList<>(people);
    for (EntityMention m : before) {
      candidates.add(m.entity());
    }
    for (Entity e : candidates) {
      String name = e.canonical();
      if (fullName(e) && name.startsWith(surname) && seen.add(name)) {
        found = e;
      }
    }
    return seen.size() == 1 ? java.util.Optional.of(found) : java.util.Optional.empty();
  }

  /** A Korean person's name written in full: two to four Hangul syllables of a person or an unknown name. */
  static boolean fullName(Entity e) {
    String name = e.canonical();
    return (e.type() == dev.sasil.factcheck.entity.EntityType.PERSON || e.type() == dev.sasil.factcheck.entity.EntityType.UNKNOWN)
        && name.length() >= 2 && name.length() <= 4 && name.chars().allMatch(dev.sasil.core.text.Hangul::isSyllable);
  }
}
