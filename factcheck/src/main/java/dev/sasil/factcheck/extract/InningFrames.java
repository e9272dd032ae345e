package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Regions;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * The inning a play of a baseball game is written in (5회말 김가람이 3점 홈런을 터뜨렸다, 3회에도
 * 박나래에게 2점 홈런을 맞았다): each play after the inning, up to the next inning or the sentence's
 * end, is a word of grammar.txt's PLAY (its label is the claim's attribute: 투런포 and 2점 홈런 are
 * both 홈런); its player the name written nearest before the play and after the play or inning before
 * it (the batter: 박나래에게 홈런을 맞았다 is 박나래's home run), else, for the inning's first play, the
 * person the clause before the inning is about, or the person a relative clause of the play describes
 * (3회말 적시타를 친 김가람은). The value is the half-inning ({@link QuantityUnit#INNING}): the top
 * of the Nth is 2N−1, the bottom 2N, and an inning written without its half spans both. A play with
 * no player named is no claim: a game has many. Stateless.
 */
final class InningFrames {

  /**
   * An inning, perhaps with its half (4회초, 5회 말을, 3회에도), not an edition (제5회) nor a count
   * (3회 연속: {@link #COUNTED_AFTER}).
   */
  private static final Pattern INNING = Pattern.compile(
      "(?<![\\d제.,])(\\d{1,2})\\s?회\\s?(초|말)?(에서는|에서도|에서|에는|에도|엔|에|의|을|를|은|는)?(?![가-힣])");

  /** Words after a number of 회 that make it a count of times, not an inning (3회 연속, 2회 이상). */
  private static final Pattern COUNTED_AFTER = Pattern.compile("(연속|째|이상|이하|만에|차례|정도|가량|씩|우승|출전|대회).*");

  /** An inning of the sentence at {@code [start, end)}: the half-innings it may be. */
  private record Inning(int start, int end, int first, int last) {}

  /** The spans of a sentence with no play read. */
  private static final FrameSpans NONE = new FrameSpans(QuantityUnit.INNING, List.of());

  /** A player's place before a play, and the player it names, null when it names no one. */
  private record Place(String player) {}

  private final Grammar grammar;

  InningFrames(Grammar grammar) {
    this.grammar = grammar;
  }

  /** Adds the sentence's plays to {@code out} and returns the spans of the innings they were read at. */
  FrameSpans read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('회') < 0) {
      return NONE; // most sentences: no allocation
    }
    List<FrameSpans.Span> read = new ArrayList<>();
    List<Inning> innings = innings(ctx);
    for (int k = 0; k < innings.size(); k++) {
      Inning x = innings.get(k);
      if (ctx.inSpeech(x.start())) {
        continue;
      }
      int limit = k + 1 < innings.size() ? innings.get(k + 1).start() : ctx.text.length();
      int from = x.end();
      boolean first = true;
      for (int i = 0; i < ctx.words.size(); i++) {
        SentenceContext.Word w = ctx.words.get(i);
        if (w.start() < x.end() || w.start() >= limit) {
          continue;
        }
        Optional<String> play = grammar.play(w.stem());
        if (play.isEmpty()) {
          continue;
        }
        boolean allowed = allowed(ctx, i);
        Place place = playerBefore(ctx, from, w.start(), allowed);
        String player = place == null ? null : place.player();
        if (place == null && first && !allowed) {
          player = PersonNames.lastActor(ctx, x.start(), actor -> name(ctx, actor));
          if (player == null) {
            player = describedPlayer(ctx, i, limit);
          }
        }
        from = w.end();
        first = false;
        if (player == null) {
          continue;
        }
        Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + x.start(),
            ctx.base + x.end(), ctx.text.substring(x.start(), x.end()));
        out.add(new ExtractedClaim(new Claim(player, play.get(), value(x), List.of(), evidence, ""), true));
        read.add(new FrameSpans.Span(ctx.base + x.start(), ctx.base + x.end()));
      }
    }
    return read.isEmpty() ? NONE : new FrameSpans(QuantityUnit.INNING, read);
  }

  /** The innings written in the sentence, in order. */
  private static List<Inning> innings(SentenceContext ctx) {
    List<Inning> out = new ArrayList<>();
    Matcher m = INNING.matcher(ctx.text);
    while (m.find()) {
      if (COUNTED_AFTER.matcher(ctx.text.substring(m.end()).stripLeading()).matches()) {
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      if (n == 0) {
        continue;
      }
      String half = m.group(2);
      int end = m.group(3) == null ? m.end() : m.start(3);
      while (Character.isWhitespace(ctx.text.charAt(end - 1))) {
        end--; // 5회 2사 만루: the space before the next word is no part of the inning
      }
      // an inning without its half is either: from its top to its bottom
      out.add(new Inning(m.start(), end, QuantityUnit.halfInning(n, !"말".equals(half)),
          QuantityUnit.halfInning(n, "초".equals(half))));
    }
    return out;
  }

  private static Quantity value(Inning x) {
    return x.first() == x.last() ? Quantity.exact(BigDecimal.valueOf(x.first()), QuantityUnit.INNING)
        : new Quantity(BigDecimal.valueOf(x.first()), QuantityUnit.INNING, Bound.RANGE, BigDecimal.valueOf(x.last()));
  }

  /**
   * Whether the play word {@code p} is one the pitcher allowed (안타와 2루타를 허용했고, 박나래에게 홈런을
   * 맞았다): the first predicate after it, past other plays of its list, is grammar.txt's ALLOWED.
   */
  private boolean allowed(SentenceContext ctx, int p) {
    for (int i = p + 1; i < ctx.words.size() && i <= p + 4; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (grammar.play(w.stem()).isPresent()) {
        continue;
      }
      if (grammar.startsWith(Grammar.Section.ALLOWED, w.stem())) {
        return true;
      }
      if (ctx.morphemesOf(w).stream().anyMatch(Morpheme::isVerbal)) {
        return false; // the play's verb, not one of ALLOWED
      }
    }
    return false;
  }

  /**
   * The player of the play at {@code end}, written after {@code from}: the name nearest before it in
   * a player's place, with 에게 or 에, in the genitive or bare right before it (김가람의 적시타, 김가람
   * 투런포), or as the actor of the clause (not of a play {@code allowed}: the pitcher, 김가람이 2점
   * 홈런을 허용했다). A word with 에게 or 에 is that place even when it names no one (몸에 맞는 공):
   * no one further back is then the player; so is a name of a list joined by 와/과 (김가람과 박나래의
   * 연속 안타: no one player's). Null when there is no such place.
   */
  private Place playerBefore(SentenceContext ctx, int from, int end, boolean allowed) {
    for (int i = ctx.words.size() - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.end() > end + 1) {
        continue;
      }
      if (w.start() < from) {
        break;
      }
      boolean adjacent = ctx.text.substring(Math.min(w.end(), end), end).isBlank();
      String name = name(ctx, w);
      if (w.role() == Role.WITH && name != null) {
        return new Place(null);
      }
      if (w.role() == Role.TO) {
        return new Place(name);
      }
      if (name != null && ((w.role() == Role.BARE || w.role() == Role.GENITIVE) && adjacent || w.role().isActor() && !allowed)) {
        return new Place(name);
      }
    }
    return null;
  }

  /**
   * The player a word names: a person's name, or, where a player is written (before a play, with
   * 에게), a word Nori reads as proper nouns alone that names no place nor known entity of another
   * kind (디아즈, 케넬리: players from abroad, whom the surname table does not know), nor a word that
   * qualifies a play (grammar.txt PLAY_QUALIFIER: 역전 3점 홈런).
   */
  private String name(SentenceContext ctx, SentenceContext.Word w) {
    int end = w.start() + w.stem().length();
    String person = PersonNames.person(ctx, w.start(), end);
    if (person != null) {
      return person;
    }
    List<Morpheme> ms = ctx.morphemesIn(w.start(), end);
    String word = ctx.text.substring(w.start(), end);
    boolean proper = !ms.isEmpty() && ms.stream().allMatch(m -> m.tag() == POS.Tag.NNP)
        && String.join("", ms.stream().map(Morpheme::surface).toList()).equals(word);
    boolean known = ctx.mentions.stream().anyMatch(e -> e.start() < end && w.start() < e.end()
        && e.entity().type() != EntityType.UNKNOWN);
    return proper && !known && Regions.standard().of(word).isEmpty() && !grammar.is(Grammar.Section.PLAY_QUALIFIER, word)
        ? word : null;
  }

  /**
   * The person the relative clause holding the play word {@code p} describes (적시타로 한 점을 추가한
   * 김가람은): the first topic or subject after it, before {@code limit}, right after a word that ends
   * in an adnominal ending; null if none.
   */
  private String describedPlayer(SentenceContext ctx, int p, int limit) {
    for (int i = p + 1; i < ctx.words.size() && ctx.words.get(i).start() < limit; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (!w.role().isActor()) {
        continue;
      }
      return ctx.adnominal(ctx.words.get(i - 1)) ? name(ctx, w) : null;
    }
    return null;
  }
}
