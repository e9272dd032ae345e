package dev.sasil.factcheck.crosscheck;

import dev.sasil.core.spill.BlockSpill;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.PendingDerivation;
import dev.sasil.factcheck.source.SourceGroups;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The four steps of {@link CrossChecker#check(Extraction, SourceGroups)} run on disk, for runs whose
 * claims and figures do not fit the heap: the claims of consecutive articles are written as they
 * are extracted ({@link #add}), one block per {@link CrossChecker#partitionKey}, the figures one
 * block per story; {@link #finish} reads one partition back at a time for the keyed check, writes
 * its findings by story, corroborates one story at a time, and sorts the findings in runs merged
 * on disk. The heap holds one partition, one story and one run at a time, and the pending
 * derivations.
 *
 * <p>The corroboration runs story by story, which equals the whole run's because {@code
 * Disagreements} and {@code linkBounded} are story-local. Two gaps are known: two
 * findings the corroboration adds in different stories that tie in {@link
 * CrossChecker#FINDING_ORDER} (same first claim) come in story order, where the whole run puts
 * them in the order of their first figures (84 of 167,745 findings of 10,000 generated articles
 * in another place); and a single-source finding of copies in two stories is never absorbed.
 */
public final class SpilledCrossCheck implements AutoCloseable {

  /** A keyed finding with its place among all keyed findings of the run. */
  private record Numbered(int seq, CrossChecker.KeyedFinding keyed) implements Serializable {}

  /**
   * A finding as the final sort sees it: after {@link CrossChecker#FINDING_ORDER}, those the
   * corroboration added come first, in the order their story gave them, then the keyed ones in
   * the keyed check's order (verdict, key, place).
   */
  private record Sorted(Finding finding, boolean added, int story, int place, String key, int index)
      implements Serializable {}

  private static final Comparator<Sorted> SORTED = Comparator.comparing(Sorted::finding, CrossChecker.FINDING_ORDER)
      .thenComparing(s -> !s.added())
      .thenComparingInt(Sorted::story).thenComparingInt(Sorted::place)
      .thenComparing(Sorted::key).thenComparingInt(Sorted::index);

  private static final Comparator<Numbered> MERGED = Comparator
      .comparing((Numbered n) -> n.keyed().finding(), CrossChecker.FINDING_ORDER)
      .thenComparing(n -> n.keyed().finding().verdict()).thenComparing(n -> n.keyed().key())
      .thenComparingInt(n -> n.keyed().index());

  private final CrossChecker checker;
  private final SourceGroups sources;
  private final int runSize;
  private final int blockSize;
  private final BlockSpill spill = BlockSpill.create();
  private final Map<String, List<Integer>> claimBlocks = new HashMap<>();
  private final Map<String, List<Integer>> figureBlocks = new HashMap<>();
  private final List<PendingDerivation> pending = new ArrayList<>();

  /**
   * A spilled cross-check of {@code checker} with {@code sources}; the final sort holds
   * {@code runSize} findings at a time and writes them {@code blockSize} to a block.
   */
  public SpilledCrossCheck(CrossChecker checker, SourceGroups sources, int runSize, int blockSize) {
    this.checker = checker;
    this.sources = sources;
    this.runSize = runSize;
    this.blockSize = blockSize;
  }

  /** Writes the claims and figures of consecutive articles, in input order. */
  public void add(Extraction e) {
    Map<String, List<ExtractedClaim>> byPartition = new LinkedHashMap<>();
    for (ExtractedClaim c : e.claims()) {
      byPartition.computeIfAbsent(CrossChecker.partitionKey(c.claim()), k -> new ArrayList<>()).add(c);
    }
    byPartition.forEach((k, v) -> claimBlocks.computeIfAbsent(k, x -> new ArrayList<>()).add(spill.write(v)));
    Map<String, List<FigureMention>> byStory = new LinkedHashMap<>();
    for (FigureMention m : e.figures()) {
      byStory.computeIfAbsent(sources.storyOf(m.evidence().articleId()), k -> new ArrayList<>()).add(m);
    }
    byStory.forEach((k, v) -> figureBlocks.computeIfAbsent(k, x -> new ArrayList<>()).add(spill.write(v)));
    pending.addAll(e.pending());
  }

  private <T> List<T> readAll(List<Integer> blocks) {
    List<T> out = new ArrayList<>();
    if (blocks != null) {
      for (int b : blocks) {
        out.addAll(spill.<T>read(b));
      }
    }
    return out;
  }

  /** The findings of every claim and figure added, in the cross-check's order, read from disk as they are got. */
  public List<Finding> finish() {
    Map<String, List<ExtractedClaim>> derived = derive();
    // keyed check: one partition at a time, its findings written by the stories they cite
    Set<String> partitions = new TreeSet<>(claimBlocks.keySet());
    partitions.addAll(derived.keySet());
    Map<String, List<Integer>> findingBlocks = new HashMap<>();
    int seq = 0;
    for (String p : partitions) {
      List<ExtractedClaim> claims = readAll(claimBlocks.get(p));
      claims.addAll(derived.getOrDefault(p, List.of()));
      Map<String, List<Numbered>> byStory = new LinkedHashMap<>();
      for (CrossChecker.KeyedFinding k : checker.checkPartition(claims, sources)) {
        Numbered n = new Numbered(seq++, k);
        for (String s : stories(k.finding())) {
          byStory.computeIfAbsent(s, x -> new ArrayList<>()).add(n);
        }
      }
      byStory.forEach((s, v) -> findingBlocks.computeIfAbsent(s, x -> new ArrayList<>()).add(spill.write(v)));
    }
    // corroboration: one story at a time, each deciding which keyed findings it drops and adding
    // its own; a keyed finding of several stories stays only when none drops it, so the kept ones
    // are sorted in a second pass, each at the first of its stories (holding them would hold the
    // largest agreements of the run)
    SortedSet<String> stories = new TreeSet<>(findingBlocks.keySet());
    stories.addAll(figureBlocks.keySet());
    Runs runs = new Runs();
    BitSet removed = new BitSet(seq);
    int story = 0;
    for (String s : stories) {
      List<Numbered> in = readAll(findingBlocks.get(s));
      in.sort(MERGED);
      List<FigureMention> figures = readAll(figureBlocks.get(s));
      Map<Finding, Numbered> keyed = new IdentityHashMap<>();
      List<Finding> findings = new ArrayList<>(in.size());
      for (Numbered n : in) {
        keyed.put(n.keyed().finding(), n);
        findings.add(n.keyed().finding());
      }
      List<Finding> out = checker.corroborate(findings, figures, sources);
      Set<Finding> kept = Collections.newSetFromMap(new IdentityHashMap<>());
      int place = 0;
      for (Finding f : out) {
        if (keyed.containsKey(f)) {
          kept.add(f);
        } else {
          runs.add(new Sorted(f, true, story, place++, "", 0));
        }
      }
      for (Numbered n : in) {
        if (!kept.contains(n.keyed().finding())) {
          removed.set(n.seq());
        }
      }
      story++;
    }
    for (String s : findingBlocks.keySet()) {
      for (Numbered n : this.<Numbered>readAll(findingBlocks.get(s))) {
        if (!removed.get(n.seq()) && stories(n.keyed().finding()).first().equals(s)) {
          runs.add(keyed(n));
        }
      }
    }
    return runs.merged();
  }

  private static Sorted keyed(Numbered n) {
    return new Sorted(n.keyed().finding(), false, 0, 0, n.keyed().key(), n.keyed().index());
  }

  private SortedSet<String> stories(Finding f) {
    SortedSet<String> out = new TreeSet<>();
    for (Claim c : f.claims()) {
      out.add(sources.storyOf(c.evidence().articleId()));
    }
    return out;
  }

  /**
   * The claims the pending derivations make definite, by partition, in the order of the pending
   * derivations: each derivation reads the claims of its base's partition.
   */
  private Map<String, List<ExtractedClaim>> derive() {
    Map<String, List<Integer>> byBase = new TreeMap<>();
    for (int i = 0; i < pending.size(); i++) {
      byBase.computeIfAbsent(pending.get(i).baseAttribute(), k -> new ArrayList<>()).add(i);
    }
    List<Optional<ExtractedClaim>> made = new ArrayList<>(Collections.nCopies(pending.size(), Optional.empty()));
    for (Map.Entry<String, List<Integer>> e : byBase.entrySet()) {
      Map<String, List<ExtractedClaim>> byKey = new HashMap<>();
      for (ExtractedClaim c : this.<ExtractedClaim>readAll(claimBlocks.get(e.getKey()))) {
        byKey.computeIfAbsent(CrossChecker.baseKey(c.claim()), k -> new ArrayList<>()).add(c);
      }
      for (int i : e.getValue()) {
        PendingDerivation p = pending.get(i);
        List<ExtractedClaim> d = checker.derive(List.of(p), byKey.getOrDefault(CrossChecker.baseKey(p), List.of()), sources);
        made.set(i, d.stream().findFirst());
      }
    }
    Map<String, List<ExtractedClaim>> out = new HashMap<>();
    made.forEach(m -> m.ifPresent(c -> out.computeIfAbsent(CrossChecker.partitionKey(c.claim()), k -> new ArrayList<>()).add(c)));
    return out;
  }

  /** The final sort: runs of {@link #runSize} findings sorted on the heap, written, then merged. */
  private final class Runs {
    private final List<Sorted> buffer = new ArrayList<>();
    private final List<List<Integer>> runs = new ArrayList<>();

    void add(Sorted s) {
      buffer.add(s);
      if (buffer.size() >= runSize) {
        flush();
      }
    }

    private void flush() {
      buffer.sort(SORTED);
      List<Integer> blocks = new ArrayList<>();
      for (int i = 0; i < buffer.size(); i += blockSize) {
        blocks.add(spill.write(buffer.subList(i, Math.min(buffer.size(), i + blockSize))));
      }
      runs.add(blocks);
      buffer.clear();
    }

    /** A cursor over one run, holding one block of it. */
    private final class Cursor {
      private final List<Integer> blocks;
      private int block;
      private List<Sorted> items = List.of();
      private int at;

      Cursor(List<Integer> blocks) {
        this.blocks = blocks;
      }

      Sorted peek() {
        while (at >= items.size() && block < blocks.size()) {
          items = spill.read(blocks.get(block++));
          at = 0;
        }
        return at < items.size() ? items.get(at) : null;
      }

      void next() {
        at++;
      }
    }

    List<Finding> merged() {
      if (!buffer.isEmpty()) {
        flush();
      }
      PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> SORTED.compare(a.peek(), b.peek()));
      for (List<Integer> r : runs) {
        Cursor c = new Cursor(r);
        if (c.peek() != null) {
          queue.add(c);
        }
      }
      List<Integer> blocks = new ArrayList<>();
      List<Finding> block = new ArrayList<>(blockSize);
      int size = 0;
      while (!queue.isEmpty()) {
        Cursor c = queue.poll();
        block.add(c.peek().finding());
        c.next();
        if (c.peek() != null) {
          queue.add(c);
        }
        if (block.size() == blockSize) {
          blocks.add(spill.write(block));
          size += block.size();
          block.clear();
        }
      }
      if (!block.isEmpty()) {
        blocks.add(spill.write(block));
        size += block.size();
      }
      return new SpilledFindings(spill, blocks, blockSize, size);
    }
  }

  @Override
  public void close() {
    spill.close();
  }
}
