package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.resource.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event triggers ({@code events.txt}), by lemma. Immutable and thread-safe; the standard
 * lexicon is loaded once.
 */
public final class EventLexicon {

  private static final String RESOURCE = "events.txt";

  private static final class Holder {
    static final EventLexicon STANDARD = load();
  }

  private final Map<String, EventEntry> nouns;
  private final Map<String, EventEntry> verbs;
  /** The stage each trigger names, by lemma (stage=NAME option). */
  private final Map<String, String> stages;

  private EventLexicon(Map<String, EventEntry> nouns, Map<String, EventEntry> verbs, Map<String, String> stages) {
    this.stages = Map.copyOf(stages);
    this.nouns = Map.copyOf(nouns);
    this.verbs = Map.copyOf(verbs);
  }

  public static EventLexicon standard() {
    return Holder.STANDARD;
  }

  static EventLexicon load() {
    Map<String, EventEntry> nouns = new HashMap<>();
    Map<String, EventEntry> verbs = new HashMap<>();
    Map<String, String> stages = new HashMap<>();
    for (ResourceLines.Line line : ResourceLines.read(EventLexicon.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      if (p.length < 4) {
        throw ResourceLines.malformed(RESOURCE, line, "expected ATTRIBUTE LEMMA POS THEME [OPTIONS]");
      }
      boolean verb = switch (p[2]) {
        case "NOUN" -> false;
        case "VERB" -> true;
        default -> throw ResourceLines.malformed(RESOURCE, line, "POS must be NOUN or VERB");
      };
      EventEntry.Theme theme;
      try {
        theme = EventEntry.Theme.valueOf(p[3].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown theme " + p[3]);
      }
      boolean orgObject = false;
      String with = "";
      String relation = "";
      String dated = "";
      dev.sasil.factcheck.entity.EntityType head = null;
      for (int i = 4; i < p.length; i++) {
        String o = p[i];
        if (o.equals("org-object")) {
          orgObject = true;
        } else if (o.startsWith("head=")) {
          try {
            head = dev.sasil.factcheck.entity.EntityType.valueOf(o.substring(5));
          } catch (IllegalArgumentException e) {
            throw ResourceLines.malformed(RESOURCE, line, "unknown type in " + o);
          }
        } else if (o.startsWith("stage=")) {
          stages.put(p[1], o.substring(6));
        } else if (o.startsWith("dated=")) {
          dated = o.substring(6);
        } else if (o.startsWith("with=")) {
          with = o.substring(5);
        } else if (List.of("from", "to", "against", "about").contains(o)) {
          relation = o;
        } else {
          throw ResourceLines.malformed(RESOURCE, line, "unknown option " + o);
        }
      }
      EventEntry e = new EventEntry(p[0], p[1], verb, theme, orgObject, with, relation, head, dated);
      Map<String, EventEntry> target = verb ? verbs : nouns;
      if (target.putIfAbsent(p[1], e) != null) {
        throw ResourceLines.malformed(RESOURCE, line, "duplicate lemma " + p[1]);
      }
    }
    return new EventLexicon(nouns, verbs, stages);
  }

  /** The trigger for a morpheme of tag {@code tag} and form {@code surface}. */
  public Optional<EventEntry> trigger(String surface, POS.Tag tag) {
    if (tag == POS.Tag.VV) {
      return Optional.ofNullable(verbs.get(surface));
    }
    if (tag == POS.Tag.NNG || tag == POS.Tag.NNP) {
      return Optional.ofNullable(nouns.get(surface));
    }
    return Optional.empty();
  }

  /** The stage a trigger names ({@code unveiled}, {@code on-sale}), or empty. */
  public String stage(EventEntry e) {
    return stages.getOrDefault(e.lemma(), "");
  }
}
