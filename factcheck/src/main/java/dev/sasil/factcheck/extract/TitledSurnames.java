package dev.sasil.factcheck.extract;

import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Particles;
import dev.sasil.factcheck.entity.Quotes;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.entity.Surnames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A family name written alone before a title (최 회장은, 윤 대통령이), the way news refers again to
 * a person it named in full: a mention of the one person the article has named so far with that
 * family name (최태원), so that the clause's event or figure is that person's. Nothing when the
 * article named nobody or several people with it, nor before a word that is no title (한 관계자는,
 * 이 회사는: a determiner, not a family name).
 */
final class TitledSurnames {
  private final GenericNouns generic;
  private final Particles particles;
  private final Surnames surnames;
  private final Grammar grammar;

  TitledSurnames(GenericNouns generic, Particles particles, Surnames surnames, Grammar grammar) {
    this.grammar = grammar;
    this.generic = generic;
    this.particles = particles;
    this.surnames = surnames;
  }

  /**
   * {@code found} with a mention added for every family name before a title in {@code text} that
   * names one person of {@code discourse} or of the mentions before it; {@code found} itself when
   * there is none.
   */
  List<EntityMention> with(String text, List<EntityMention> found, Discourse discourse) {
    List<EntityMention> added = null;
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && Hangul.isSyllable(text.charAt(end))) {
        end++;
      }
      Optional<Title> t = end > i && end + 1 < text.length() && text.charAt(end) == ' ' && wordStart(text, i)
          && surnames.isSurname(text.substring(i, end)) ? title(text, afterFormer(text, end + 1)) : Optional.empty();
      if (t.isPresent() && !covered(found, i, t.get().end())) {
        Optional<Entity> person = discourse.personBySurname(text.substring(i, end), before(found, i));
        if (person.isPresent()) {
          if (added == null) {
            added = new ArrayList<>(found);
          }
          // the whole phrase names the person, as the table's name would, and takes the title's role
          added.add(new EntityMention(person.get(), i, t.get().end(), t.get().role(), EntityMention.Source.TABLE));
        }
      }
      i = Math.max(end, i + 1);
    }
    if (added == null) {
      return found;
    }
    added.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return List.copyOf(added);
  }

  /** Where the title starts after a family name ending at {@code at}: past a word for former (박 전 대통령은). */
  private int afterFormer(String text, int at) {
    int space = text.indexOf(' ', at);
    return space > at && grammar.is(Grammar.Section.FORMER, text.substring(at, space)) ? space + 1 : at;
  }

  /** Whether a word starts at {@code i}: the text's start, or after a space, a bracket or an opening quote. */
  private static boolean wordStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    char c = text.charAt(i - 1);
    return Character.isWhitespace(c) || c == '(' || Quotes.opens(c);
  }

  /** A title written after a family name: where it ends, and the role its particles give. */
  private record Title(int end, Role role) {}

  /** The title at {@code i} alone or with particles (회장은: the topic; 감독: bare); empty when the word there is none. */
  private Optional<Title> title(String text, int i) {
    int end = i;
    while (end < text.length() && Hangul.isSyllable(text.charAt(end))) {
      end++;
    }
    for (int k = end; k > i; k--) {
      if (generic.isTitle(text.substring(i, k))) {
        String rest = text.substring(k, end);
        // a title alone must end the phrase (최 회장, …): 이 대표 상품은 is this leading product
        boolean alone = rest.isEmpty() && (end == text.length() || !Character.isWhitespace(text.charAt(end)));
        Optional<Role> role = alone ? Optional.of(Role.BARE) : particles.role(rest);
        if (role.isPresent() && (alone || !rest.isEmpty() && role.get() != Role.BARE)) {
          return Optional.of(new Title(k, role.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean covered(List<EntityMention> found, int start, int end) {
    for (EntityMention m : found) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<EntityMention> before(List<EntityMention> found, int at) {
    return found.stream().filter(m -> m.end() <= at).toList();
  }
}
