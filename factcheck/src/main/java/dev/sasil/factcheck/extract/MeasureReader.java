package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads measure claims: a quantity with a measure word close to it ({@code 오픈AI 주간 사용자는
 * 2억명}), its owner (the name right before the measure word, else the clause's topic), and the
 * time it holds for ({@code asof}: a time of the sentence, else the publication month). A
 * parenthesized conversion is part of its quantity, not a second fact; a quantity distributed
 * over several owners ({@code 각각}) gives no claim. Immutable and thread-safe.
 */
public final class MeasureReader {

  private static final int CUE_BEFORE = 24;
  private static final int CUE_AFTER = 12;
  /** Spaces, a closing parenthesis and a particle at the start of the text after a figure. */
  private static final Pattern LEAD_PARTICLE = Pattern.compile("^[\\s)]*(이|가|을|를|의|씩)?\\s*");
  private static final Pattern LEAD_CLOSE = Pattern.compile("^[\\s)]*");
  private static final Pattern LEAD_OBJECT = Pattern.compile("^\\s*(을|를|에)?\\s*");

  private final MeasureLexicon lexicon;
  private final MeasureContext context = MeasureContext.standard();
  private final AttributeCatalog catalog = AttributeCatalog.standard();

  public MeasureReader(MeasureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void read(Article article, SentenceContext ctx, Discourse discourse, TimeAnchor anchor,
      List<ExtractedClaim> out) {
    if (ctx.quantities.isEmpty()) {
      return;
    }
    List<MeasureLexicon.CueMatch> cues = lexicon.find(ctx.text);
    if (cues.isEmpty()) {
      return;
    }
    Entity previousOwner = null;
    int previousEnd = 0;
    for (QuantityMention q : ctx.quantities) {
      int qs = q.start();
      int qe = q.end();
      boolean inName = ctx.mentions.stream().anyMatch(m -> m.overlaps(qs, qe));
      boolean isTime = ctx.times.stream().anyMatch(t -> t.start() < qe && qs < t.end());
      if (inName || isTime) {
        continue;
      }
      Optional<MeasureLexicon.CueMatch> cue = cueFor(ctx.text, cues, q, previousEnd, ctx);
      int before = previousEnd;
      previousEnd = qe;
      if (cue.isEmpty()) {
        continue;
      }
      String after = ctx.text.substring(qe, Math.min(ctx.text.length(), qe + 8));
      if (comparisonBase(after)) {
        previousEnd = before; // 영업이익은 전년 동기(1조원) 대비 … 5조원: the cue is the next figure's
        continue;
      }
      if (changeOrComparison(after)) {
        continue;
      }
      String clause = clause(ctx.text, qs, qe);
      if (clause.contains("각각") || clause.contains("각기")) {
        continue;
      }
      MeasureLexicon.CueMatch c = cue.get();
      boolean total = catalog.values(c.cue().attribute()) == AttributeCatalog.Values.TOTAL;
      if (total && (context.partial(clause)
          || ctx.times.stream().anyMatch(t -> t.duration() != null))) {
        continue; // 사전 판매 첫날 50만대, 이틀 만에 100만대: part of the total
      }
      Optional<String> scope = context.scopeBefore(ctx.text, c.start());
      int cueFrom = context.scopeFrom(ctx.text, c.start());
      Optional<EntityMention> owner = owner(ctx, c, cueFrom, q);
      Entity subject;
      boolean firm = true;
      if (owner.isPresent()) {
        subject = owner.get().entity();
      } else if (previousOwner != null) {
        subject = previousOwner;
      } else if (!actorBesidesCues(ctx, cues, qs) && discourse.topic != null) {
        subject = discourse.topic;
        firm = false;
        discourse.topicContinued = true;
      } else {
        continue;
      }
      previousOwner = subject;
      if (context.forecast(ctx.text.substring(qe, clauseEnd(ctx.text, qe)))) {
        continue; // 20조원을 넘어설 것으로 전망된다: a forecast, not a figure
      }
      List<String> qualifiers = new ArrayList<>();
      if (!total) {
        qualifiers.add("asof=" + asOf(ctx, qs, anchor, discourse));
      }
      scope.ifPresent(x -> qualifiers.add("scope=" + x));
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + qs, ctx.base + qe, q.text());
      out.add(new ExtractedClaim(
          new Claim(subject.canonical(), c.cue().attribute(), exceeded(q.quantity(), after), qualifiers, evidence, ""),
          firm));
    }
  }

  /** The cue of a quantity: the closest allowed cue before it (after the previous quantity) or just after it. */
  private static Optional<MeasureLexicon.CueMatch> cueFor(String text, List<MeasureLexicon.CueMatch> cues,
      QuantityMention q, int previousEnd, SentenceContext ctx) {
    MeasureLexicon.CueMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (MeasureLexicon.CueMatch c : cues) {
      if (!c.cue().units().contains(q.quantity().unit())) {
        continue;
      }
      int d;
      if (c.end() <= q.start()) {
        if (c.start() < previousEnd || q.start() - c.end() > CUE_BEFORE || ownedByEarlier(ctx, c, q)) {
          continue;
        }
        String between = text.substring(c.end(), q.start());
        if (between.contains(",") && between.indexOf(',') < between.length() - 1 && between.contains("며")) {
          continue;
        }
        d = q.start() - c.end();
      } else if (c.start() >= q.end()) {
        String between = text.substring(q.end(), c.start());
        if (c.start() - q.end() > CUE_AFTER || between.contains(",")) {
          continue;
        }
        d = c.start() - q.end() + 1;
      } else {
        continue;
      }
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** 10억달러의 투자 유치와 50억달러: a cue right after another quantity (and 의) is that quantity's. */
  private static boolean ownedByEarlier(SentenceContext ctx, MeasureLexicon.CueMatch c, QuantityMention q) {
    for (QuantityMention o : ctx.quantities) {
      if (o != q && o.end() <= c.start()) {
        String between = ctx.text.substring(o.end(), c.start()).strip();
        if (between.isEmpty() || between.equals("의") || between.equals("규모의")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 1억명 늘어, 184억달러 보다 2배, 전년 동기(1조원) 대비, 1조원에서 5조원으로, 1조원이던: the
   * quantity is a change, the base of a comparison or an earlier value, not the measure's value.
   */
  private static boolean changeOrComparison(String after) {
    String a = LEAD_PARTICLE.matcher(after).replaceFirst("");
    return a.startsWith("보다") || a.startsWith("늘") || a.startsWith("증가") || a.startsWith("감소")
        || a.startsWith("줄") || a.startsWith("상승") || a.startsWith("하락") || a.startsWith("더")
        || a.startsWith("많") || a.startsWith("적") || a.startsWith("급증") || a.startsWith("급감")
        || comparisonBase(after);
  }

  /** 전년 동기(1조원) 대비, 1조원에 비해, 1조원에서 5조원으로, 1조원이던: an earlier value a later figure is compared with. */
  private static boolean comparisonBase(String after) {
    String a = LEAD_CLOSE.matcher(after).replaceFirst("");
    return a.startsWith("대비") || a.startsWith("에 비해") || a.startsWith("에서") || a.startsWith("였던")
        || a.startsWith("이던") || a.startsWith("이었던") || a.startsWith("보다");
  }

  /**
   * 1억명을 넘었다, 1000억원을 돌파했다: an exact figure that was passed is a lower bound;
   * 100만대에 못 미쳤다, 5조원을 밑돌았다: one that was not reached is an upper bound.
   */
  private static Quantity exceeded(Quantity q, String after) {
    if (q.bound() != Bound.EXACT) {
      return q;
    }
    String a = LEAD_OBJECT.matcher(after).replaceFirst("");
    boolean passed = a.startsWith("넘") || a.startsWith("돌파") || a.startsWith("웃돌") || a.startsWith("상회");
    boolean fellShort = a.startsWith("못 미") || a.startsWith("못미") || a.startsWith("밑돌") || a.startsWith("하회")
        || a.startsWith("미달") || a.startsWith("미치지");
    if (passed) {
      return new Quantity(q.value(), q.unit(), Bound.MORE_THAN, null);
    }
    return fellShort ? new Quantity(q.value(), q.unit(), Bound.LESS_THAN, null) : q;
  }

  /** Whether a word before {@code p} is an actor (은/는, 이/가) other than a measure word (매출은 …). */
  private static boolean actorBesidesCues(SentenceContext ctx, List<MeasureLexicon.CueMatch> cues, int p) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.end() <= p && w.role().isActor()
          && cues.stream().noneMatch(c -> c.start() < w.end() && w.start() < c.end())) {
        return true;
      }
    }
    return false;
  }

  /** Where the clause after {@code p} ends: the next comma or the end of the sentence. */
  private static int clauseEnd(String text, int p) {
    int b = text.indexOf(',', p);
    return b < 0 ? text.length() : b;
  }

  /** The text of the clause around a span: between commas. */
  private static String clause(String text, int s, int e) {
    int a = text.lastIndexOf(',', s);
    int b = text.indexOf(',', e);
    return text.substring(a < 0 ? 0 : a, b < 0 ? text.length() : b);
  }

  /** Who has the measure: a name right before the cue (오픈AI 주간 사용자, 라마의 다운로드), else the closest topic/subject before the quantity. */
  private static Optional<EntityMention> owner(SentenceContext ctx, MeasureLexicon.CueMatch c, int cueFrom,
      QuantityMention q) {
    int cueStart = Math.min(c.start(), q.start());
    for (EntityMention m : ctx.mentions) {
      if (m.end() <= cueFrom && (m.role() == Role.BARE || m.role() == Role.GENITIVE)
          && onlyTimeBetween(ctx, m.end(), cueFrom)) {
        return Optional.of(m);
      }
    }
    return ctx.lastMentionBefore(0, cueStart, m -> m.role().isActor());
  }

  /** 쿠팡의 지난해 매출: nothing but a particle, spaces and time expressions between name and cue. */
  private static boolean onlyTimeBetween(SentenceContext ctx, int from, int to) {
    if (to - from > 20) {
      return false;
    }
    StringBuilder rest = new StringBuilder(ctx.text.substring(from, to));
    for (TimeMention t : ctx.times) {
      if (t.start() >= from && t.end() <= to) {
        for (int i = t.start(); i < t.end(); i++) {
          rest.setCharAt(i - from, ' ');
        }
      }
    }
    String r = rest.toString().strip();
    return r.isEmpty() || r.equals("의");
  }

  /** The time a measure holds for: a time of the sentence before the quantity (month or coarser), else the publication month. */
  private String asOf(SentenceContext ctx, int qs, TimeAnchor anchor, Discourse discourse) {
    TimeValue found = null;
    for (TimeMention t : ctx.times) {
      if (t.end() <= qs && t.value() != null && t.duration() == null) {
        found = t.value();
      }
    }
    if (found != null) {
      Granularity g = found.granularity();
      if (g == Granularity.QUARTER || g == Granularity.HALF || g == Granularity.YEAR) {
        discourse.sentenceMeasureTime = coarse(found); // a reporting period later sentences continue
      }
      return coarse(found);
    }
    if (discourse.measureTime != null && ctx.times.isEmpty() && !context.present(ctx.text)) {
      // 2분기 영업이익은 … 매출은 16조원으로 집계됐다; 같은 기간: the period of the previous figures
      discourse.sentenceMeasureTime = discourse.measureTime;
      return discourse.measureTime;
    }
    if (!anchor.known()) {
      return "unknown";
    }
    return anchor.date().toString().length() >= 7 ? anchor.date().toString().substring(0, 7) : anchor.date().toString();
  }

  private static String coarse(TimeValue v) {
    TimeValue c = v.granularity() == Granularity.DAY || v.granularity() == Granularity.WEEK
        ? (v.granularity() == Granularity.DAY ? TimeValue.ofMonth(v.year(), v.month()) : v)
        : v;
    String m = c.modifier() == TimeModifier.NONE ? "" : "-" + c.modifier().name().toLowerCase(Locale.ROOT);
    return c.normalized() + m;
  }
}
