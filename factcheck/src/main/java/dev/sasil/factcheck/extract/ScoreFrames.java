package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * The final score of a match as sports news writes it: 가람FC는 나래시티를 2-1로 꺾었다, 3차전에서 8대7로
 * 승리했다, 나래에 2-3으로 졌다, 2-1 역전승을 거뒀다. The first number is the side the clause is about,
 * the second its opponent's, whether it won or lost; each is a claim of that side, {@value #FOR}
 * and {@value #AGAINST}, with the opponent (the object, or the noun before 과의, 와의 or 에) as
 * {@code against=} and the game of a series (3차전) as {@code edition=}. The side is a name: a team
 * word (grammar.txt TEAM) stands for the name before it (한국 축구대표팀이), and a player or a common
 * noun is no side. A score the clause does not end in a result word (grammar.txt MATCH_RESULT: 꺾,
 * 승리, 졌 …) is a score during the game (3-0으로 앞서던 후반 25분에), and one with neither an opponent
 * nor a game named is of no match the claims could be keyed by: neither is a claim. Stateless.
 */
final class ScoreFrames {

  /** The attribute of the points a side scored in one match. */
  static final String FOR = "경기득점";
  /** The attribute of the points a side conceded in one match. */
  static final String AGAINST = "경기실점";

  /** The highest number read as a score. */
  private static final int MOST = 200;

  /** Two numbers joined by a dash, a colon or 대, then 로 or a result noun (2-1로, 8대7로, 2대 1 승리). */
  private static final Pattern SCORE = Pattern.compile(
      "(?<![\\d.,:\\-])(\\d{1,3})\\s*(?:-|:|대\\s*)(\\d{1,3})(?![\\d.,%])(\\s*(?:으로|로)?)");

  /** What a side's name written in the text does not keep: spaces, brackets and quote marks. */
  private static final Pattern NOT_OF_A_NAME = Pattern.compile("[\\s()'\"‘’“”]");

  /** The label a tournament's group is written with before its word (B of B조, 1 of 1조). */
  private static final Pattern GROUP_LABEL = Pattern.compile("^[A-Za-z0-9]+\\s*");

  /** A game of a series written before the score: 3차전, 5차전에서. */
  private static final Pattern GAME = Pattern.compile("(\\d{1,2})\\s*차전");

  private final Grammar grammar;

  ScoreFrames(Grammar grammar) {
    this.grammar = grammar;
  }

  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('-') < 0 && ctx.text.indexOf('대') < 0 && ctx.text.indexOf(':') < 0) {
      return;
    }
    Matcher m = SCORE.matcher(ctx.text);
    while (m.find()) {
      int mine = Integer.parseInt(m.group(1));
      int theirs = Integer.parseInt(m.group(2));
      String after = ctx.after(m.end()).stripLeading();
      if (mine > MOST || theirs > MOST || !grammar.startsWith(Grammar.Section.MATCH_RESULT, after)
          || ctx.inSpeech(m.start())) {
        continue; // 3-0으로 앞서던: the score while the game went on
      }
      int clause = MeasureFrames.clauseStart(ctx, m.start());
      String opponent = opponent(ctx, clause, m.start(), false);
      if (opponent.isEmpty()) {
        // 호주와의 첫 경기에서 홈런을 허용하며 7-8로 패했다: the match named in a clause before
        opponent = opponent(ctx, 0, m.start(), true);
      }
      String side = side(ctx, clause, m.start(), m.end(), opponent);
      Matcher game = GAME.matcher(ctx.text.substring(0, m.start()));
      String edition = null;
      while (game.find()) {
        edition = game.group(1) + "차전";
      }
      if (opponent.isEmpty() && edition == null) {
        continue; // 5 대 2로 완승했다: a score of no named match, which would join any of its value
      }
      List<String> qualifiers = new ArrayList<>();
      if (!opponent.isEmpty()) {
        qualifiers.add("against=" + opponent);
      }
      if (edition != null) {
        qualifiers.add("edition=" + edition);
      }
      int end = m.end(2);
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + m.start(),
          ctx.base + end, ctx.text.substring(m.start(), end));
      boolean firm = !side.isEmpty() && !opponent.isEmpty();
      out.add(new ExtractedClaim(new Claim(side, FOR, points(mine), List.copyOf(qualifiers), evidence, ""), firm));
      out.add(new ExtractedClaim(new Claim(side, AGAINST, points(theirs), List.copyOf(qualifiers), evidence, ""), firm));
    }
  }

  private static Quantity points(int n) {
    return Quantity.exact(BigDecimal.valueOf(n), QuantityUnit.SCORE);
  }

  /**
   * The opponent: the last word of the score's clause before it that is the object (나래시티를) or
   * ends in 과의, 와의 or 에 (나래와의 경기에서, 나래에 졌다), with the bare words written before it
   * (KT 위즈를); with {@code matchOnly}, only a word in 과의 or 와의, which names the match whatever
   * clause it stands in; empty when there is none.
   */
  private String opponent(SentenceContext ctx, int clause, int score, boolean matchOnly) {
    String found = "";
    for (int i = 0; i < ctx.words.size() && ctx.words.get(i).end() <= score; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.start() < clause || !namesSide(ctx, w)) {
        continue;
      }
      String word = ctx.text.substring(w.start(), w.end());
      boolean with = word.endsWith("과의") || word.endsWith("와의");
      boolean adjacent = i + 1 < ctx.words.size() && ctx.words.get(i + 1).start() >= score;
      // 키움에 5-10으로 졌다, 가나에 2대 3으로: 에 right before the score, or on a name (not 결승골에 힘입어)
      if (matchOnly ? with : w.role() == Role.OBJECT || with || word.endsWith("에") && (adjacent || proper(ctx, w))) {
        String stem = with ? word.substring(0, word.length() - 2) : w.stem();
        int from = i;
        while (from > 0 && i - from < 2 && ctx.words.get(from - 1).role() == Role.BARE
            && ctx.words.get(from - 1).start() >= clause && namesSide(ctx, ctx.words.get(from - 1))
            && !group(ctx.words.get(from - 1).stem())) {
          from--; // KT 위즈를: the team's name is the phrase's (not B조 호주와의: the group it plays in)
        }
        found = name(ctx, ctx.words.get(from).start(), w.start() + stem.length());
      }
    }
    return found;
  }

  /** Whether a word is a tournament's group (B조: a label, then a NO_OWNER word of grammar.txt). */
  private boolean group(String stem) {
    Matcher label = GROUP_LABEL.matcher(stem);
    return label.find() && label.end() > 0 && grammar.is(Grammar.Section.NO_OWNER, stem.substring(label.end()));
  }

  /**
   * The side the score is of: the name in the genitive right before it (한국의 2-1 승리); the topic
   * or subject after a result verb that modifies it (가나를 2-0으로 누른 우루과이도); else the last
   * topic of the sentence before the score, or the subject of the score's own clause. A team word
   * (grammar.txt TEAM) stands for the name before it (한국 축구대표팀이). Empty when none is found.
   */
  private String side(SentenceContext ctx, int clause, int score, int scoreEnd, String opponent) {
    int at = ctx.wordIndexFrom(score) - 1;
    if (at >= 0 && ctx.words.get(at).role() == Role.GENITIVE && namesSide(ctx, ctx.words.get(at))
        && proper(ctx, ctx.words.get(at))) { // not 기적의 2-1 역전승
      return sideName(ctx, at, opponent);
    }
    int verb = ctx.wordIndexFrom(scoreEnd);
    if (verb >= 0 && ctx.adnominal(ctx.words.get(verb))) {
      // 2-0으로 누른 우루과이도: the side the result verb modifies (not 2-1로 이긴 뒤: a time after it)
      for (int i = verb + 1; i < ctx.words.size() && i <= verb + 3; i++) {
        SentenceContext.Word w = ctx.words.get(i);
        if (GenericNouns.standard().isTemporal(w.stem())) {
          break;
        }
        if ((w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.ALSO) && namesSide(ctx, w)) {
          return sideName(ctx, i, opponent);
        }
      }
    }
    String topic = "";
    String subject = "";
    for (int i = 0; i < ctx.words.size() && ctx.words.get(i).end() <= score; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (!namesSide(ctx, w) || ctx.relativeBetween(i + 1, ctx.wordIndexFrom(score))
          && w.role() == Role.SUBJECT) {
        continue; // 만원 관중이 찾은 경기에서: the subject of a relative clause is no side
      }
      if (w.role() == Role.TOPIC) {
        topic = sideName(ctx, i, opponent);
      } else if (w.role() == Role.SUBJECT && w.start() >= clause) {
        subject = sideName(ctx, i, opponent);
      }
    }
    return !topic.isEmpty() ? topic : subject;
  }

  /** The name of the side word {@code i} writes, a team word the name before it; empty for the opponent. */
  private String sideName(SentenceContext ctx, int i, String opponent) {
    SentenceContext.Word w = ctx.words.get(i);
    if (PersonNames.person(ctx, w.start(), w.start() + w.stem().length()) != null) {
      return ""; // 오지환은 … 8대7 승리: a player's team won, not the player
    }
    String name = name(ctx, w.start(), w.start() + w.stem().length());
    if (grammar.is(Grammar.Section.TEAM, name)) {
      SentenceContext.Word before = i > 0 ? ctx.words.get(i - 1) : null;
      name = before != null && before.role() == Role.BARE && namesSide(ctx, before) && proper(ctx, before)
          ? name(ctx, before.start(), before.start() + before.stem().length()) : "";
    } else if (!proper(ctx, w)) {
      return ""; // 경기는 …, 만원 관중이: a common noun names no side
    }
    return name.equals(opponent) ? "" : name;
  }

  /**
   * Whether a word's stem holds a name the sentence recognized, a proper noun or a word in Latin
   * letters (가나에, NC에), as a side's name does.
   */
  private static boolean proper(SentenceContext ctx, SentenceContext.Word w) {
    for (EntityMention e : ctx.mentions) {
      if (e.start() >= w.start() && e.start() < w.stemEnd()) {
        return true;
      }
    }
    for (Morpheme m : ctx.morphemesIn(w.start(), w.stemEnd())) {
      if (m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word may name a side: a noun that is no time and starts with no digit (not 9회초에, 3위). */
  private static boolean namesSide(SentenceContext ctx, SentenceContext.Word w) {
    return !w.stem().isEmpty() && !Character.isDigit(w.stem().charAt(0)) && !ctx.beginsWithTime(w) && ctx.endsInNoun(w);
  }

  /** The first name a sentence recognized within {@code [start, end)}, else that text without spaces. */
  private static String name(SentenceContext ctx, int start, int end) {
    for (EntityMention e : ctx.mentions) {
      if (e.start() >= start && e.start() < end) {
        return e.entity().canonical();
      }
    }
    return NOT_OF_A_NAME.matcher(ctx.text.substring(start, end)).replaceAll("");
  }
}
