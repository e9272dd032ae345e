package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import dev.sasil.core.morph.MorphemeIndex;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.entity.AliasTable;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMatcher;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.entity.Particles;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.entity.Surnames;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.DayCarry;
import dev.sasil.factcheck.time.HalfDays;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Reads checkable claims from an article's sentences: events (released, founded, left …) dated
 * by the time expression of their clause, and measures (users, valuation …) from quantities next
 * to a measure word. Subjects are resolved from Nori's particles: the object of 공개/설립 is the
 * thing released or founded, the topic or subject is the actor; a sentence without an actor
 * continues the previous sentence's topic; 회사/재단 … stand for the organization last named.
 * Immutable and thread-safe: the lexicons are shared, per-article state lives in the call.
 *
 * <p>Known weaknesses: one clause is one segment between two triggers, so long sentences with
 * embedded clauses may date an event by a neighbouring clause's time; unknown names of several
 * words are recognized only when quoted.
 */
public final class ClaimExtractor {

  private static final class Holder {
    static final ClaimExtractor STANDARD = new ClaimExtractor(
        new EntityMatcher(AliasTable.standard(), Particles.standard(), GenericNouns.standard().notNameKeys()),
        new EventFinder(EventLexicon.standard(), Hedges.standard()),
        GenericNouns.standard(),
        Particles.standard(),
        TimeNormalizer.standard(),
        QuantityNormalizer.standard(),
        new MeasureFrames(MeasureLexicon.standard(), Grammar.standard()));
  }

  private final EntityMatcher matcher;
  private final EventFinder events;
  private final GenericNouns generic;
  private final Particles particles;
  private final TimeNormalizer times;
  private final QuantityNormalizer quantities;
  private final MeasureFrames measures;
  private final ThemeResolver themes;
  private final ClauseLinks links = ClauseLinks.standard();
  private final EventFrames openEvents =
      new EventFrames(EventLexicon.standard(), PredicateLexicon.standard(), Grammar.standard());
  private final SpanFrames spans = new SpanFrames(openEvents, Grammar.standard());
  private final AgeFrames ages = new AgeFrames();
  private final TitledSurnames titledSurnames;
  private final ScoreFrames scores = new ScoreFrames(Grammar.standard());
  private final RatioFrames ratios = new RatioFrames(Grammar.standard());
  private final MatchMinuteFrames minutes = new MatchMinuteFrames(Grammar.standard());
  private final InningFrames innings = new InningFrames(Grammar.standard());
  private final RecordFrames records = new RecordFrames(Grammar.standard(), spans);
  private final FloorFrames floors = new FloorFrames(Grammar.standard());
  private final OfficeFrames offices = new OfficeFrames(Grammar.standard(), GenericNouns.standard());
  private final SuperlativeMarks superlativeMarks = new SuperlativeMarks(Grammar.standard());
  private final ClauseNames clauseNames = new ClauseNames(Grammar.standard(), GenericNouns.standard());
  private final SuperlativeFrames superlatives =
      new SuperlativeFrames(Grammar.standard(), MeasureLexicon.standard(), superlativeMarks, clauseNames);
  private final FirstFrames firsts = new FirstFrames(superlativeMarks, clauseNames);
  private final OrdinalFrames ordinals = new OrdinalFrames(clauseNames, Grammar.standard());
  private final StreakFrames streaks =
      new StreakFrames(Grammar.standard(), spans, dev.sasil.factcheck.time.TimeLexicon.standard());
  private final MilestoneFrames milestones =
      new MilestoneFrames(Grammar.standard(), spans, dev.sasil.factcheck.time.TimeLexicon.standard());
  private final FigureReader figureReader =
      new FigureReader(Grammar.standard(), MeasureLexicon.standard(), openEvents, spans);

  ClaimExtractor(EntityMatcher matcher, EventFinder events, GenericNouns generic, Particles particles,
      TimeNormalizer times, QuantityNormalizer quantities, MeasureFrames measures) {
    this.matcher = matcher;
    this.events = events;
    this.generic = generic;
    this.particles = particles;
    this.times = times;
    this.quantities = quantities;
    this.measures = measures;
    this.themes = new ThemeResolver(generic);
    this.titledSurnames = new TitledSurnames(generic, particles, Surnames.standard(), Grammar.standard());
  }

  /** The extractor with the bundled lexicons, shared by the process. */
  public static ClaimExtractor standard() {
    return Holder.STANDARD;
  }

  public EntityMatcher matcher() {
    return matcher;
  }

  /** The claims of several articles, in the given order. */
  public Extraction extract(List<Article> articles) {
    return extract(articles, Workers.single());
  }

  /**
   * The claims of several articles, in the given order, read on {@code workers}' threads: the
   * same claims, in the same order, whatever their number.
   */
  public Extraction extract(List<Article> articles, Workers workers) {
    Map<String, Entity> names = new HashMap<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    for (Names n : workers.map(articles, this::names)) {
      n.names().forEach(names::putIfAbsent);
      problems.addAll(n.problems());
    }
    return extract(articles, LearntNames.of(names), problems, workers, a -> a);
  }

  /**
   * The claims of several articles with the names all of them teach already learnt, in the given
   * order, read on {@code workers}' threads after {@code prepare} made each article ready (for
   * example analysed again when it was kept without its morphemes); {@code earlier} problems (of
   * learning the names) come first.
   */
  public Extraction extract(List<Article> articles, LearntNames learnt, List<ExtractionProblem> earlier,
      Workers workers, java.util.function.UnaryOperator<Article> prepare) {
    List<ExtractedClaim> claims = new ArrayList<>();
    List<PendingDerivation> pending = new ArrayList<>();
    List<ExtractionProblem> problems = new ArrayList<>(earlier);
    List<FigureMention> figures = new ArrayList<>();
    Compactor compactor = new Compactor();
    workers.forEachOrdered(articles.iterator(), a -> extract(prepare.apply(a), learnt), read -> {
      Extraction e = compactor.compact(read);
      claims.addAll(e.claims());
      pending.addAll(e.pending());
      problems.addAll(e.problems());
      figures.addAll(e.figures());
    });
    return new Extraction(claims, pending, problems, figures);
  }

  /**
   * Names the alias table does not know but an article quotes or tags as proper nouns, so that
   * their unquoted mentions elsewhere are found too: the names of several articles are merged in
   * article order, the first spelling of a key winning ({@link LearntNames#of}), and given to
   * {@link #extract(Article, LearntNames)}.
   *
   * @param names the names by key, in the order the article teaches them
   * @param problems sentences that could not be read, each with its error
   */
  public record Names(Map<String, Entity> names, List<ExtractionProblem> problems) {

    public Names {
      names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
      problems = List.copyOf(problems);
    }
  }

  /** The names one article teaches; see {@link Names}. */
  public Names names(Article article) {
    Map<String, Entity> learnt = new java.util.LinkedHashMap<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (!matcher.mayTeach(s.text(), s.morphemes())) {
        continue; // no quote and no proper noun: no name to learn (its own reading, below, reports any error)
      }
      try {
        for (EntityMention m : matcher.find(s.text(), s.morphemes(), s.start())) {
          if (matcher.learnable(m) && !endsInAmount(m.entity().canonical())) {
            learnt.putIfAbsent(matcher.key(m.entity()), m.entity());
            if (!m.entity().version().isEmpty()) {
              // 갤럭시 S24 teaches the family too, so that 갤럭시 Z 폴드6 is read with its own code
              Entity family = m.entity().withVersion("");
              learnt.putIfAbsent(matcher.key(family), family);
            }
          }
        }
      } catch (RuntimeException e) {
        problems.add(ExtractionProblem.of(article.id(), s.index(), s.text(), e));
      }
    }
    return new Names(learnt, problems);
  }

  /**
   * Whether a quoted phrase ends in an amount (‘금메달 13개’ 역대 최다 타이기록): a figure quoted for
   * emphasis, never a name to find in later sentences (but ‘만리경 1호’, ‘갤럭시 S24’ are names).
   */
  private boolean endsInAmount(String phrase) {
    return quantities.find(phrase).stream()
        .anyMatch(q -> q.end() == phrase.length() && q.quantity().unit() != QuantityUnit.NUMBER);
  }

  /** The claims of one article; never throws on messy text. */
  public Extraction extract(Article article) {
    Names n = names(article);
    Extraction e = extract(article, LearntNames.of(n.names()));
    if (n.problems().isEmpty()) {
      return e;
    }
    List<ExtractionProblem> problems = new ArrayList<>(n.problems());
    problems.addAll(e.problems());
    return new Extraction(e.claims(), e.pending(), problems, e.figures());
  }

  /**
   * The claims of one article reading the names {@code learnt} from the articles it is checked
   * with ({@link #names}); never throws on messy text.
   */
  public Extraction extract(Article article, LearntNames learnt) {
    TimeAnchor anchor = TimeAnchor.of(article.published().date());
    java.time.LocalDate lastKnownDay = lastDay(article.published().date());
    java.time.LocalDate day = published(article);
    Integer year = article.published().date() == null ? null : article.published().date().year();
    Discourse discourse = new Discourse();
    List<ExtractedClaim> claims = new ArrayList<>();
    List<PendingDerivation> pending = new ArrayList<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    List<FigureMention> figures = new ArrayList<>();
    HalfDays.Builder halves = HalfDays.builder();
    for (Sentence s : article.sentences()) {
      halves.add(s.text(), s.start());
    }
    HalfDays halfDays = halves.build();
    Timeline timeline = new Timeline();
    DayCarry days = new DayCarry(TimeLexicon.standard(), day);
    SentenceBefore last = SentenceBefore.NONE;
    VerbLabels verbLabels = new VerbLabels(Grammar.standard());
    for (Sentence s : article.sentences()) {
      SentenceContext ctx;
      try {
        MorphemeIndex index = MorphemeIndex.of(s.morphemes());
        ctx = new SentenceContext(s, index, particles, generic,
            titledSurnames.with(s.text(), matcher.find(s.text(), index, s.start(), learnt), discourse),
            timeline.carry(Tenses.apply(s.morphemes(), s.start(), days.carry(times.find(s.text(), anchor)), day),
                s.text(), halfDays, s.start()),
            quantities.find(s.text()), halfDays);
      } catch (RuntimeException e) {
        problems.add(ExtractionProblem.of(article.id(), s.index(), s.text(), e));
        last = SentenceBefore.NONE;
        continue; // the sentence gives no claims; the error is reported
      }
      if (question(s.text())) {
        discourse.after(ctx); // 기온이 좀 내려갔나요?: a question asserts nothing, but may name the topic
        last = SentenceBefore.NONE;
        continue;
      }
      List<ExtractedClaim> sentenceClaims = new ArrayList<>();
      List<PendingDerivation> sentencePending = new ArrayList<>();
      try {
        eventClaims(article, ctx, discourse, sentenceClaims, sentencePending);
        sentenceClaims.removeIf(c -> future(c.claim(), lastKnownDay));
        int before = sentenceClaims.size();
        openEvents.read(article, ctx, day, sentenceClaims);
        planned(sentenceClaims, before, lastKnownDay);
        plannedByNoun(sentenceClaims, ctx);
        EventFrames.dropRestatedDays(sentenceClaims);
        localTime(sentenceClaims, ctx.text, ctx.base);
        measures.read(article, ctx, discourse, lastKnownDay, sentenceClaims);
        AgeGroups.own(ctx, sentenceClaims);
        spans.read(article, ctx, sentenceClaims);
        spans.readStretches(article, ctx, sentenceClaims);
        List<StreakFrames.Streak> runs = streaks.find(ctx); // read once: claims here, figures below
        int runsFrom = sentenceClaims.size();
        streaks.read(article, ctx, runs, last.change(), sentenceClaims);
        AgeGroups.ownRuns(ctx, sentenceClaims.subList(runsFrom, sentenceClaims.size()));
        records.read(article, ctx, day != null ? day : lastKnownDay, last.period(), sentenceClaims);
        ages.read(article, ctx, year, sentenceClaims);
        scores.read(article, ctx, sentenceClaims);
        minutes.read(article, ctx, sentenceClaims);
        FrameSpans inningSpans = innings.read(article, ctx, sentenceClaims);
        inningSpans.dropInside(sentenceClaims); // 5회 마운드에서는: no count of times
        floors.read(article, ctx, sentenceClaims);
        offices.read(article, ctx, sentenceClaims);
        milestones.read(article, ctx, sentenceClaims);
        List<SuperlativeMarks.Mark> superlativeFound = superlativeMarks.find(ctx); // read once, by both
        superlatives.read(article, ctx, superlativeFound, sentenceClaims);
        firsts.read(article, ctx, superlativeFound, sentenceClaims);
        ordinals.read(article, ctx, sentenceClaims);
        FrameSpans ratioSpans = ratios.read(article, ctx, sentenceClaims);
        ratioSpans.dropInside(sentenceClaims); // 합병 비율은 1대 1.19: 1대 is no vehicle
        List<FigureMention> read = inningSpans.outside(ratioSpans.outside(figureReader.read(article, ctx, runs)));
        previousValues(sentenceClaims, read);
        figures.addAll(withClaimWords(read, sentenceClaims));
      } catch (RuntimeException e) {
        // the article goes on without this sentence's claims, and the error is reported
        problems.add(ExtractionProblem.of(article.id(), s.index(), s.text(), e));
        sentenceClaims.clear();
        sentencePending.clear();
      }
      pending.addAll(sentencePending);
      List<ExtractedClaim> kept = dedupe(measureSubjects(plainSubjects(sentenceClaims)));
      verbLabels.note(kept, s.morphemes());
      claims.addAll(kept);
      last = new SentenceBefore(StreakFrames.lastChange(kept, Integer.MAX_VALUE), lastPeriod(kept));
      discourse.after(ctx);
    }
    return new Extraction(verbLabels.relabel(claims), verbLabels.relabelPending(pending), problems, figures);
  }

  /** The qualifier of a claim that states a plan, not what happened. */
  static final String PLANNED = "planned";

  /**
   * Marks the amount claims read at a figure that is the value a change moved away from (관세를
   * 25%에서 15%로 인하했다: the 25%) with the qualifier {@code previous}: what was, a fact of its
   * own, never the same as what the change made it.
   */
  private static void previousValues(List<ExtractedClaim> claims, List<FigureMention> figures) {
    // the spans of such figures, looked up by each claim: a run-on text stays linear
    List<FigureMention> from = figures.stream().filter(m -> m.reading() != null && m.reading().previous()).toList();
    if (from.isEmpty()) {
      return;
    }
    Set<Long> previous = new HashSet<>();
    from.forEach(m -> previous.add(span(m.evidence())));
    Set<Long> claimed = new HashSet<>();
    claims.forEach(c -> claimed.add(span(c.claim().evidence())));
    Set<Long> dated = new HashSet<>();
    for (FigureMention m : from) {
      Optional<ExtractedClaim> to = movedTo(m, claims);
      if (to.isEmpty()) {
        continue;
      }
      List<String> after = to.get().claim().qualifiers();
      String own = m.reading().period();
      boolean ofItsOwnPeriod = !own.isEmpty() && !after.contains(PERIOD + own);
      if (ofItsOwnPeriod) {
        // 1분기 5만9000가구에서 2분기 8만3000가구로: each value is of the period written before it,
        // a fact of its own period, not a value left behind
        dated.add(span(m.evidence()));
      }
      if (!claimed.contains(span(m.evidence()))) {
        // (the period the level after is of is not the one before's: 1조원에서 5조원으로 of a quarter)
        List<String> qualifiers = new ArrayList<>(after.stream().filter(x -> !x.startsWith(PERIOD)).toList());
        if (ofItsOwnPeriod) {
          qualifiers.add(PERIOD + own);
        }
        claims.add(new ExtractedClaim(new Claim(to.get().claim().subject(), to.get().claim().attribute(), m.value(),
            qualifiers, m.evidence(), ""), to.get().firm(), to.get().stage()));
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      ExtractedClaim x = claims.get(i);
      Claim c = x.claim();
      if (!(c.value() instanceof Quantity) || c.qualifiers().contains(FigureReading.PREVIOUS)
          || !previous.contains(span(c.evidence()))
          || dated.contains(span(c.evidence())) && c.qualifiers().stream().anyMatch(q -> q.startsWith(PERIOD))) {
        continue;
      }
      claims.set(i, new ExtractedClaim(qualified(c, FigureReading.PREVIOUS), x.firm(), x.stage()));
    }
  }

  /**
   * The claim of the level a change moved a figure to, when no claim was read at the figure itself
   * (기준금리를 1.50%에서 1.75%로 올렸다: 1.50% is the 기준금리 before, of the same owner, as 1.75% is
   * after): the first claim after it in its sentence of an amount in its unit, a level, not a change.
   */
  private static java.util.Optional<ExtractedClaim> movedTo(FigureMention from, List<ExtractedClaim> claims) {
    if (!(from.value() instanceof Quantity q)) {
      return java.util.Optional.empty();
    }
    return claims.stream()
        .filter(c -> c.claim().evidence().start() >= from.evidence().end()
            && c.claim().value() instanceof Quantity to && to.unit() == q.unit()
            && !MeasureLexicon.CHANGE.equals(c.claim().attribute()) && !c.claim().qualifiers().contains(FigureReading.PREVIOUS))
        .min(java.util.Comparator.comparingInt(c -> c.claim().evidence().start()));
  }

  private static final String PERIOD = "period=";

  /**
   * What the claims of the sentence before leave for the next one: its last change, for a run with
   * no subject of its own (…8만명 줄었다. 15개월 연속 감소세다), and the period of its last dated
   * figure, for a span that names nothing (1월 취업자는 38만명 늘었다. 10개월 만에 최대다); nothing
   * after a question or a sentence that could not be read.
   */
  private record SentenceBefore(Optional<Claim> change, Optional<TimeValue> period) {
    static final SentenceBefore NONE = new SentenceBefore(Optional.empty(), Optional.empty());
  }

  /** A period a span can be reckoned back from: 2024, 2024-H1, 2024-Q1, 2024-01. */
  private static final java.util.regex.Pattern DATED_PERIOD = java.util.regex.Pattern.compile("\\d{4}(?:-(?:H[12]|Q[1-4]|\\d{2}))?");

  /** The period of the last claim of a figure with a period among a sentence's claims (1월 취업자는 38만명: 2024-01). */
  private static Optional<TimeValue> lastPeriod(List<ExtractedClaim> claims) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i).claim();
      if (c.value() instanceof Quantity) {
        for (String q : c.qualifiers()) {
          if (q.startsWith(PERIOD)) {
            // a year, a half, a quarter or a month with its year (not XXXX-07, nor a stretch of months)
            String period = q.substring(PERIOD.length());
            return DATED_PERIOD.matcher(period).matches() ? Optional.of(TimeValue.parse(period)) : Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A claim with one more qualifier (planned, previous). */
  private static Claim qualified(Claim c, String qualifier) {
    List<String> q = new ArrayList<>(c.qualifiers());
    q.add(qualifier);
    return new Claim(c.subject(), c.attribute(), c.value(), q, c.evidence(), c.derivation());
  }

  /** An evidence's start and end as one key. */
  private static long span(dev.sasil.factcheck.Evidence e) {
    return ((long) e.start() << 32) | e.end();
  }

  /** Whether a sentence is a question (it ends in a question mark), which states no fact. */
  private static boolean question(String sentence) {
    return sentence.strip().endsWith("?");
  }

  /**
   * Figures whose clause names nothing (올해보다 170원 오른 것이다) take the words of the claim read
   * at them, which carried its measure from the sentence before (최저임금): other sources that
   * write the measure beside the figure then meet it.
   */
  private static List<FigureMention> withClaimWords(List<FigureMention> read, List<ExtractedClaim> claims) {
    if (claims.isEmpty()) {
      return read;
    }
    List<FigureMention> out = new ArrayList<>(read.size());
    for (FigureMention m : read) {
      String word = m.anchors().isEmpty() && m.when() == null ? subjectAt(m.evidence(), claims) : "";
      out.add(word.isEmpty() ? m : new FigureMention(m.evidence(), m.value(), m.when(), List.of(word), List.of(word),
          m.names(), m.reading(), m.measure()));
    }
    return out;
  }

  /** The subject, in Hangul, of the claim read at a figure's span; empty when none. */
  private static String subjectAt(dev.sasil.factcheck.Evidence at, List<ExtractedClaim> claims) {
    for (ExtractedClaim c : claims) {
      dev.sasil.factcheck.Evidence e = c.claim().evidence();
      String word = c.claim().subject().replace(" ", "");
      if (e.start() == at.start() && e.end() == at.end() && !word.isEmpty() && dev.sasil.core.text.Hangul.isSyllable(word.charAt(0))) {
        return word;
      }
    }
    return "";
  }

  /**
   * A subject no reader would take for one (기록, 결과, 경우: UNINFORMATIVE or MODIFIER in
   * grammar.txt; a meeting or a word ending in one, 기자간담회; a title alone, 후보 or 대표, which
   * names no one) is no subject: the claim keeps its attribute and value, and is not firm. The
   * country the news is written in (한국) stays, as unfirm, for readers of a story that gives other
   * countries' figures too, where the claim's own sentence writes it; the cross-check keys it as
   * no owner.
   */
  private static List<ExtractedClaim> plainSubjects(List<ExtractedClaim> claims) {
    Grammar grammar = Grammar.standard();
    List<ExtractedClaim> out = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      String s = c.claim().subject();
      if (!s.isEmpty() && (grammar.is(Grammar.Section.UNINFORMATIVE, s) || grammar.is(Grammar.Section.MODIFIER, s)
          || grammar.endsWith(Grammar.Section.MEETING, s)
          || grammar.is(Grammar.Section.NO_OWNER, s)
          || GenericNouns.standard().isTitle(s) || countsTheSame(s, c.claim().attribute(), c.claim().value())
          || grammar.is(Grammar.Section.OCCASION_MEASURE, c.claim().attribute()) && person(s))) {
        Claim x = c.claim();
        // 한국은 금메달 49개: kept where its sentence writes it, not carried from one before
        String kept = GenericNouns.standard().isHome(s) && x.evidence().sentence().contains(s) ? s : "";
        out.add(new ExtractedClaim(new Claim(kept, x.attribute(), x.value(), x.qualifiers(), x.evidence(), x.derivation()),
            false, c.stage()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A claim of a measure of another measure (grammar.txt OF_MEASURE: 수출은 6.1% 늘었다) names that
   * measure by the word measures.txt gives it first (수출액), whichever synonym its sentence writes.
   */
  private static List<ExtractedClaim> measureSubjects(List<ExtractedClaim> claims) {
    Grammar grammar = Grammar.standard();
    MeasureLexicon lexicon = MeasureLexicon.standard();
    List<ExtractedClaim> out = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      Claim x = c.claim();
      String lead = grammar.is(Grammar.Section.OF_MEASURE, x.attribute()) ? lexicon.withLead(x.subject()) : x.subject();
      if (!lead.equals(x.subject())) {
        out.add(new ExtractedClaim(new Claim(lead, x.attribute(), x.value(), x.qualifiers(), x.evidence(), x.derivation()),
            c.firm(), c.stage()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a subject is a person's full name: a family name and two syllables (나가람) that the
   * alias table knows as nothing else (a two-syllable name is too often a place: 서울, 제주).
   */
  private static boolean person(String subject) {
    return subject.length() >= 3 && Surnames.standard().mayBeFullName(subject)
        && AliasTable.standard().lookup(subject).map(e -> e.type() == EntityType.PERSON).orElse(true);
  }

  /**
   * Whether a count of people has for subject another count of people (중상 of 4명이 중상, 경상이
   * 7명: 경상자): the item before in a list, not the one the figure belongs to. A group of people
   * owns no other group's number, where a sum may be of another measure (투자 한도) and a change
   * is of the measure it changes (출생아 | 증감).
   */
  private static boolean countsTheSame(String subject, String attribute, NormalizedValue value) {
    if (!(value instanceof Quantity q) || q.unit() != QuantityUnit.PERSONS) {
      return false;
    }
    MeasureLexicon lexicon = MeasureLexicon.standard();
    Optional<MeasureLexicon.HeadMatch> own = lexicon.forHead(attribute, q.unit()).filter(h -> h.prefix().isEmpty());
    return own.isPresent() && lexicon.forHead(subject, q.unit())
        .filter(h -> h.prefix().isEmpty() && !h.cue().attribute().equals(own.get().cue().attribute())).isPresent();
  }

  /** The publication day, when the article's date is known to the day. */
  static java.time.LocalDate published(Article article) {
    dev.sasil.core.time.PartialDate d = article.published().date();
    return d != null && d.hasDay() ? d.firstDay() : null;
  }

  /** The last day an article's date may stand for, or null when unknown. */
  private static java.time.LocalDate lastDay(dev.sasil.core.time.PartialDate d) {
    if (d == null) {
      return null;
    }
    java.time.LocalDate first = d.firstDay();
    return d.hasDay() ? first : d.hasMonth() ? first.plusMonths(1).minusDays(1) : first.plusYears(1).minusDays(1);
  }

  /**
   * Open event claims dated after the publication are plans (오는 31일 출시된다): kept, marked
   * {@code planned}, and never firm enough to contradict.
   */
  private static void planned(List<ExtractedClaim> claims, int from, java.time.LocalDate lastKnownDay) {
    for (int i = from; i < claims.size(); i++) {
      Claim c = claims.get(i).claim();
      if (future(c, lastKnownDay)) {
        claims.set(i, new ExtractedClaim(qualified(c, PLANNED), false));
      }
    }
  }

  /**
   * Marks the time claims whose verb, later in the clause, is followed by a plan noun (grammar.txt's
   * PLAN: 30일 발사될 예정이었지만 연기됐다, 31일 출시할 계획이다), or whose time in 로 a verb
   * schedules (이튿날로 연기됐다, 25일로 예정돼 있다), with the qualifier {@code
   * planned}, whether the day is to come or past: a plan, not what happened.
   */
  private static void plannedByNoun(List<ExtractedClaim> claims, SentenceContext ctx) {
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i).claim();
      if (c.value() instanceof Quantity || c.qualifiers().contains(PLANNED) || !planAfter(ctx, c.evidence().end() - ctx.base)) {
        continue;
      }
      claims.set(i, new ExtractedClaim(qualified(c, PLANNED), false));
    }
  }

  /** Whether an adnominal verb and a plan noun follow offset {@code p} within its clause (발사될 예정). */
  private static boolean planAfter(SentenceContext ctx, int p) {
    int at = ctx.wordIndexAt(Math.max(0, p - 1));
    if (at >= 0 && at + 1 < ctx.words.size() && EventFrames.setsDate(ctx, ctx.words.get(at), ctx.words.get(at + 1), true)) {
      return true; // 발사는 이튿날로 연기됐다: the day it was put off to is a plan
    }
    int from = ctx.wordIndexFrom(p);
    for (int w = Math.max(0, from); w >= 0 && w + 1 < ctx.words.size(); w++) {
      SentenceContext.Word word = ctx.words.get(w);
      if (ctx.has(word, POS.Tag.ETM) && Grammar.standard().startsWith(Grammar.Section.PLAN, ctx.words.get(w + 1).stem())) {
        return true;
      }
      if (ctx.endsClause(word)) {
        return false;
      }
    }
    return false;
  }

  /** 17일(현지시간), 22일(현지시각): a date the text gives in local time. */
  private static final java.util.regex.Pattern LOCAL_TIME =
      java.util.regex.Pattern.compile("^\\s*\\(\\s*현지\\s*시[간각][^)]*\\)");

  /**
   * 현지시간 1일 오전 10시, (현지시각 18일 오후 7시): the label written before the time; 3일(현지시간)
   * 오후 2시: the label of the day the clock time is of.
   */
  private static final java.util.regex.Pattern LOCAL_BEFORE =
      java.util.regex.Pattern.compile("(?:현지\\s*시[간각]\\s*(?:으로\\s*|기준\\s*)?|\\d일\\s*\\(\\s*현지\\s*시[간각]\\s*\\)\\s*)$");

  /** Marks the time claims whose date 현지시간 follows or comes right before with the qualifier {@code local}. */
  private static void localTime(List<ExtractedClaim> claims, String text, int base) {
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i).claim();
      int end = c.evidence().end() - base;
      int start = c.evidence().start() - base;
      if (c.value() instanceof dev.sasil.factcheck.quantity.Quantity || c.qualifiers().contains("local")
          || end < 0 || end > text.length() || start < 0
          || !LOCAL_TIME.matcher(text.substring(end)).find()
          && !LOCAL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
        continue;
      }
      List<String> q = new ArrayList<>(c.qualifiers());
      q.add("local");
      claims.set(i, new ExtractedClaim(new Claim(c.subject(), c.attribute(), c.value(), q, c.evidence(), c.derivation()),
          claims.get(i).firm(), claims.get(i).stage()));
    }
  }

  /** An event dated after the article was published is a plan or forecast, not a fact (내년 출시된다). */
  private static boolean future(Claim c, java.time.LocalDate lastKnownDay) {
    TimeValue t = c.value() instanceof dev.sasil.factcheck.time.ClockTime clock ? clock.day()
        : c.value() instanceof TimeValue v ? v : null;
    return lastKnownDay != null && t != null && t.yearKnown() && t.firstDay().isAfter(lastKnownDay);
  }

  private static List<ExtractedClaim> dedupe(List<ExtractedClaim> in) {
    List<ExtractedClaim> out = new ArrayList<>();
    for (ExtractedClaim c : in) {
      boolean dup = out.stream().anyMatch(o -> o.claim().subject().equals(c.claim().subject())
          && o.claim().attribute().equals(c.claim().attribute())
          && o.claim().value().equals(c.claim().value())
          && o.claim().qualifiers().equals(c.claim().qualifiers()));
      if (!dup) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Qualifiers of a release read from its clause: where ({@code 국내에 출시}: place=한국) and
   * whether it was the first time ({@code 처음 공개}: first).
   */
  private List<String> eventQualifiers(EventOccurrence ev, SentenceContext ctx, int from) {
    List<String> out = new ArrayList<>();
    int own = ctx.wordIndexAt(ev.start());
    if (own > 0 && ctx.words.get(own - 1).start() >= from && generic.isFirst(ctx.words.get(own - 1).stem())) {
      out.add("first");
    }
    if (!ev.entry().attribute().equals("released")) {
      return out;
    }
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() < from || w.end() > ev.start()) {
        continue;
      }
      boolean placeRole = w.role() == Role.TO || w.role() == Role.FROM
          || (w.role() == Role.BARE && ctx.wordIndexAt(w.start()) == own - 1);
      Optional<String> place = generic.place(w.stem());
      if (placeRole && place.isPresent()) {
        out.add("place=" + place.get());
        break;
      }
    }
    return out;
  }

  private void eventClaims(Article article, SentenceContext ctx, Discourse discourse,
      List<ExtractedClaim> out, List<PendingDerivation> pending) {
    int segStart = 0;
    for (EventOccurrence ev : events.find(ctx.sentence.morphemes(), ctx.base)) {
      int from = segStart;
      if (ev.hedged() || ctx.inSpeech(ev.start())) {
        continue;
      }
      if (ev.entry().theme() != EventEntry.Theme.OBJECT && !ev.verbal()) {
        continue; // 투자 유치, 사임 발표: a bare noun states no act of its actor
      }
      List<ThemeResolver.Resolved> found = themes.themes(ev, ctx, discourse, from);
      if (found.isEmpty()) {
        continue;
      }
      List<String> qualifiers = new ArrayList<>(eventQualifiers(ev, ctx, from));
      boolean aboutNothing = false;
      String attribute = ev.entry().attribute();
      if (!ev.entry().relation().isEmpty()) {
        Optional<ThemeResolver.Resolved> related = themes.relation(ev, ctx, discourse, from, found.get(0));
        aboutNothing = related.isEmpty() && ev.entry().relation().equals("about");
        related.ifPresent(r -> qualifiers.add(ev.entry().relation() + "=" + r.entity().canonical()));
        if (related.isPresent() && !ev.entry().dated().isEmpty() && namesPeriod(ctx, related.get().position())) {
          attribute = ev.entry().dated(); // '2024년 1월 고용동향': one edition, released once
        }
      }
      for (int t = 0; t < found.size(); t++) {
        ThemeResolver.Resolved theme = found.get(t);
        int last = found.size() - 1;
        int timeFrom = t == 0 ? from : found.get(t - 1).position();
        int timeTo = t == last ? ev.start() : theme.position();
        Optional<TimeMention> time = timeIn(ctx, timeFrom, timeTo);
        if (time.isEmpty()) {
          continue;
        }
        TimeMention tm = time.get();
        if (aboutNothing && !ctx.text.substring(tm.end(), ev.start()).isBlank()) {
          // an announcement of nothing named is a claim only of its own day (…했다고 9일 밝혔다):
          // a time further from the verb dates what was announced
          continue;
        }
        Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
            ctx.base + tm.start(), ctx.base + tm.end(), tm.text());
        String subject = theme.entity().canonical();
        List<String> own = foundedAs(ev, ctx, from, theme.entity(), qualifiers);
        segStart = ev.end();
        if (tm.duration() != null && tm.eventRelative()) {
          derive(out, pending, subject, attribute, own, evidence, tm, theme.firm());
        } else if (tm.value() != null) {
          out.add(new ExtractedClaim(new Claim(subject, attribute, ctx.clocked(tm), own, evidence, ""), theme.firm(),
              EventLexicon.standard().stage(ev.entry())));
        }
      }
    }
  }

  /** Whether the name at {@code position} holds a time of its own (the month of '2024년 1월 고용동향'). */
  private static boolean namesPeriod(SentenceContext ctx, int position) {
    for (EntityMention m : ctx.mentions) {
      if (m.start() != position) {
        continue;
      }
      for (TimeMention t : ctx.times) {
        if (t.value() != null && t.start() >= m.start() && t.end() <= m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 고용노동부는 1981년 노동부로 출범했다: founded under another name, recorded as as=NAME so that
   * the date is not compared with the founding under the present name.
   */
  private static List<String> foundedAs(EventOccurrence ev, SentenceContext ctx, int from, Entity theme,
      List<String> qualifiers) {
    if (!ev.entry().attribute().equals("founded")) {
      return qualifiers;
    }
    Optional<EntityMention> as = ctx.lastMentionBefore(from, ev.start(),
        m -> m.role() == Role.BY && !m.entity().canonical().equals(theme.canonical()));
    if (as.isEmpty()) {
      return qualifiers;
    }
    List<String> out = new ArrayList<>(qualifiers);
    out.add("as=" + as.get().entity().canonical());
    return out;
  }

  private void derive(List<ExtractedClaim> out, List<PendingDerivation> pending, String subject, String attribute,
      List<String> qualifiers, Evidence evidence, TimeMention tm, boolean firm) {
    ExtractedClaim base = null;
    for (ExtractedClaim c : out) {
      if (c.claim().value() instanceof TimeValue && c.claim().evidence().start() < evidence.start()) {
        base = c;
      }
    }
    if (base == null) {
      return;
    }
    TimeValue bv = (TimeValue) base.claim().value();
    Optional<TimeValue> v = TimeShift.shift(bv, tm.duration());
    boolean bothFirm = firm && base.firm();
    if (v.isPresent()) {
      String how = base.claim().subject() + " " + base.claim().attribute() + " " + bv.normalized()
          + " (" + base.claim().evidence().text() + ") + " + tm.text().strip() + " = " + v.get().normalized();
      out.add(new ExtractedClaim(new Claim(subject, attribute, v.get(), qualifiers, evidence, how), bothFirm));
    } else {
      pending.add(new PendingDerivation(subject, attribute, qualifiers, evidence,
          base.claim().subject(), base.claim().attribute(), bv, tm.duration(), bothFirm));
    }
  }

  /** The time of a clause: the last time expression in [from, to) that resolves or counts from an event. */
  private Optional<TimeMention> timeIn(SentenceContext ctx, int from, int to) {
    TimeMention found = null;
    for (TimeMention t : ctx.times) {
      if (t.start() < from || t.end() > to) {
        continue;
      }
      if (links.ownClauseBetween(ctx.morphemes, ctx.base + t.end(), ctx.base + to,
          p -> ctx.inTime(p - ctx.base),
          p -> ctx.hasActorWord(t.end(), p - ctx.base))) {
        continue; // 2019년 공장을 짓고 … 공개했다: the time dates the earlier clause's own act
      }
      if (ctx.mentionOverlaps(t.start(), t.end()) || boundary(ctx.text, t.end())) {
        continue;
      }
      if (t.value() != null || (t.duration() != null && t.eventRelative())) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** 2020년까지, 2020년부터, 2020년 이후: the end of a range, not the date of an event. */
  private static boolean boundary(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 4)).stripLeading();
    return after.startsWith("까지") || after.startsWith("부터") || after.startsWith("이후") || after.startsWith("이전")
        || after.startsWith("이래") || after.startsWith("대에") || after.startsWith("대 ");
  }

}
