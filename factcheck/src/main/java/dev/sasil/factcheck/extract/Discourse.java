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
  /**
   * The period (asof) that the last measures were stated for (2분기 매출 … / 영업이익은 …): a
   * following sentence without a time of its own continues it; null when none or when a later
   * sentence named another time.
   */
  String measureTime;
  /** The explicit period of this sentence's measures, set while reading it. */
  String sentenceMeasureTime;
  /** Set while reading a sentence whose measures continue the topic (매출은 16조원이었다): the topic stays. */
  boolean topicContinued;

  void after(SentenceContext ctx) {
    if (sentenceMeasureTime != null) {
      measureTime = sentenceMeasureTime;
    } else if (!ctx.times.isEmpty()) {
      measureTime = null;
    }
    sentenceMeasureTime = null;
    Entity t = null;
    for (EntityMention m : ctx.mentions) {
      if (m.role() == Role.TOPIC) {
        t = m.entity();
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
    recentWindow.add(ctx.mentions.stream().map(EntityMention::entity).toList());
    if (recentWindow.size() > 2) {
      recentWindow.remove(0);
    }
    recent.clear();
    recentWindow.forEach(recent::addAll);
  }

  private final List<List<Entity>> recentWindow = new ArrayList<>();
}
