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
  /** The unit of the figure {@link #lastMeasure} was read for. */
  dev.sasil.factcheck.quantity.QuantityUnit lastMeasureUnit;
  /** The period of the last sentence's measures, for a following sentence without any time. */
  String measurePeriod;
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
  }

  private final List<List<Entity>> recentWindow = new ArrayList<>();
}
