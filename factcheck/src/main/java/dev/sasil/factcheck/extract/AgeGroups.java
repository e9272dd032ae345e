package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The age groups a sentence talks about, as statistics break a population down: 60대가 19만명
 * 늘었다, 60세 이상에서 35만명, 40대 취업자는, 15~29세 고용률. A bracket of ages (a decade, a
 * range, an open end) with a particle or a noun after it names a part of the population, the owner
 * of the figures its clause states, not a figure itself; an exact age (45세) stays a figure. Two
 * spellings of one group get one name: 60대 이상 and 60세 이상 are both 60세 이상. Stateless.
 */
final class AgeGroups {

  private AgeGroups() {}

  /** A sentence's end between a group and a figure: the figure is another sentence's (a headline's …). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!]\\s|…");

  /** What stands between two groups joined as a list: a mark or a short particle (20대와 40대, 30대·40대). */
  private static final Pattern JOINED = Pattern.compile("\\s*[,·]?\\s*\\S{0,3}\\s*");

  /**
   * Whether a quantity is one person's age written in brackets after the name (김모(60대·여),
   * 한가람(45)): AgeFrames claims it as the person's 나이; it is no figure of the clause and no group.
   */
  static boolean personsAge(QuantityMention q, String text) {
    return q.quantity().unit() == QuantityUnit.AGE && q.quantity().bound() == Bound.RANGE
        && QuantityNormalizer.bracketedAfterName(text, q.start(), q.end());
  }

  /** The group a quantity of the sentence names, as an owner mention, or empty when it is a figure. */
  static Optional<EntityMention> of(QuantityMention q, String text, List<SentenceContext.Word> words, int wordIndex) {
    Quantity v = q.quantity();
    if (v.unit() != QuantityUnit.AGE || v.bound() == Bound.EXACT || v.bound() == Bound.ABOUT || wordIndex < 0) {
      return Optional.empty();
    }
    String after = text.substring(q.end());
    Grammar grammar = Grammar.standard();
    if (grammar.startsWith(Grammar.Section.AGE_VALUE, after) && !after.startsWith(" ")
        && !grammar.startsWith(Grammar.Section.AGE_GROUP, after)
        || grammar.startsWith(Grammar.Section.AGED_PERSON, after)) {
      return Optional.empty(); // 피의자는 30대였다: a value; 40대 남성 1명이 다쳤다: one person's age
    }
    return Optional.of(new EntityMention(new Entity(name(q), "", EntityType.GROUP, false, " "), q.start(), q.end(),
        words.get(wordIndex).role(), EntityMention.Source.UNKNOWN));
  }

  /**
   * Names the group as the subject of the figures with none that its clause states after it:
   * 60대가 19만명 증가했고 (60대), 60세 이상에서 35만명, 30대에서 8만5000명 (each figure the group
   * nearest before it), 20대와 40대는 각각 4만7000명, 4만2000명 (a list of groups, item by item).
   */
  static void own(SentenceContext ctx, List<ExtractedClaim> claims) {
    if (ctx.ageGroups.isEmpty()) {
      return;
    }
    for (int i = 0; i < claims.size(); i++) {
      ExtractedClaim c = claims.get(i);
      int at = c.claim().evidence().start() - ctx.base;
      if (!(c.claim().value() instanceof Quantity) || at < 0
          || !c.claim().subject().isEmpty() && !boundOfGroup(ctx, c.claim().subject())
              && !(counted(c.claim()) && (afterGroup(ctx, c.claim().subject(), at) || rightBefore(ctx, at)))) {
        continue;
      }
      Optional<EntityMention> group = groupOf(ctx, at);
      if (group.isPresent()) {
        Claim k = c.claim();
        claims.set(i, new ExtractedClaim(new Claim(group.get().entity().canonical(), k.attribute(), k.value(),
            k.qualifiers(), k.evidence(), k.derivation()), c.firm(), c.stage()));
      }
    }
  }

  /**
   * Names the group as the subject of the runs of its sentence whose subject is the noun it
   * qualifies: 20대 취업자는 15개월 연속 줄었다 is 20대's run, as 20대 취업자 수는 4만명 줄었다 is
   * 20대's change, never all 취업자's.
   */
  static void ownRuns(SentenceContext ctx, List<ExtractedClaim> runs) {
    if (ctx.ageGroups.isEmpty()) {
      return;
    }
    for (int i = 0; i < runs.size(); i++) {
      ExtractedClaim c = runs.get(i);
      Claim k = c.claim();
      int at = k.evidence().start() - ctx.base;
      // the group nearest before the run, whatever figures stand between (20대 취업자 수는 4만명
      // 줄어 15개월 연속): one run to a clause, not one of a list of figures
      EntityMention group = null;
      for (EntityMention g : ctx.ageGroups) {
        if (g.end() <= at) {
          group = g;
        }
      }
      if (group == null || k.subject().isEmpty() || SENTENCE_END.matcher(ctx.text).region(group.end(), at).find()
          || !qualifies(ctx, group, k.subject(), at)) {
        continue;
      }
      runs.set(i, new ExtractedClaim(new Claim(group.entity().canonical(), k.attribute(), k.value(), k.qualifiers(),
          k.evidence(), k.derivation()), c.firm(), c.stage()));
    }
  }

  /**
   * Whether a subject is the noun a group before the figure at {@code at} qualifies (20대 취업자 수는
   * 4만7000명): the group's part of that population, which the group names.
   */
  private static boolean afterGroup(SentenceContext ctx, String subject, int at) {
    return groupOf(ctx, at).filter(g -> qualifies(ctx, g, subject, at)).isPresent();
  }

  /** Whether the subject is written right after the group, before {@code at} (20대 취업자 수는: 취업자수, spaces aside). */
  private static boolean qualifies(SentenceContext ctx, EntityMention group, String subject, int at) {
    String rest = ctx.text.substring(group.end(), at).replaceFirst("^[)\\s]*", "").replace(" ", "");
    return rest.startsWith(subject.replace(" ", ""));
  }

  /**
   * Whether the group is the word right before the figure, its particle the only thing between
   * (60대가 19만명 늘었다): the group is who the figure counts, whatever the clause's subject.
   */
  private static boolean rightBefore(SentenceContext ctx, int at) {
    return groupOf(ctx, at).filter(g -> {
      String between = ctx.text.substring(g.end(), at).strip();
      return between.length() <= 3 && between.chars().noneMatch(Character::isWhitespace);
    }).isPresent();
  }

  /** Whether a claim counts people (취업자 수는 4만7000명), not a rate of them (고용률은 0.9%p). */
  private static boolean counted(Claim c) {
    return c.value() instanceof Quantity q && q.unit() == QuantityUnit.PERSONS;
  }

  /** Whether a subject is only the bound word of a group (이상 of 75세 이상은), no owner of its own. */
  private static boolean boundOfGroup(SentenceContext ctx, String subject) {
    return ctx.ageGroups.stream().anyMatch(g -> {
      String written = ctx.text.substring(g.start(), g.end());
      return written.endsWith(subject) && !written.equals(subject);
    });
  }

  /**
   * The group that owns a figure at sentence offset {@code at}: the last group before it with no
   * sentence end between; when that group closes a list of groups (20대와 40대는) and the figure is
   * the n-th after the list, the list's n-th group.
   */
  static Optional<EntityMention> groupOf(SentenceContext ctx, int at) {
    List<EntityMention> groups = ctx.ageGroups;
    int last = -1;
    for (int g = 0; g < groups.size() && groups.get(g).end() <= at; g++) {
      last = g;
    }
    if (last < 0 || SENTENCE_END.matcher(ctx.text).region(groups.get(last).end(), at).find()) {
      return Optional.empty();
    }
    int first = last;
    while (first > 0 && !figureBetween(ctx, groups.get(first - 1).end(), groups.get(first).start())) {
      first--;
    }
    int n = 0; // the figures between the group and this one
    for (var q : ctx.quantities) {
      if (q.start() >= groups.get(last).end() && q.start() < at) {
        n++;
      }
    }
    return first + n <= last ? Optional.of(groups.get(first + n)) : Optional.empty();
  }

  private static boolean figureBetween(SentenceContext ctx, int from, int to) {
    return ctx.figureBetween(from, to) || !JOINED.matcher(ctx.text).region(from, to).matches(); // 20대와 40대: joined, not apart
  }

  /** One name per group: 60대, 60세 이상, 65세 미만, 15~29세. */
  static String name(QuantityMention q) {
    Quantity v = q.quantity();
    String low = v.value().stripTrailingZeros().toPlainString();
    return switch (v.bound()) {
      case AT_LEAST -> low + "세 이상";
      case MORE_THAN -> low + "세 초과";
      case AT_MOST -> low + "세 이하";
      case LESS_THAN -> low + "세 미만";
      default -> {
        BigDecimal top = v.upper() == null ? v.value() : v.upper();
        boolean decade = top.subtract(v.value()).intValue() == 9 && q.text().contains("대");
        yield decade ? low + "대" : low + "~" + top.stripTrailingZeros().toPlainString() + "세";
      }
    };
  }
}
