package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTrieTest {

  private static Entity org(String name) {
    return new Entity(name, "", EntityType.ORG, true, " ");
  }

  @Test
  void aWalkEndsOnTheEntityOfItsKeyAndOffTheTrieOnceNoKeyGoesOn() {
    Map<String, Entity> keys = new LinkedHashMap<>();
    keys.put("노바", org("노바"));
    keys.put("노바랩스", org("노바랩스"));
    KeyTrie trie = new KeyTrie(keys);
    assertThat(trie.value(trie.walk(KeyTrie.ROOT, "노바"))).isEqualTo(org("노바"));
    assertThat(trie.value(trie.walk(KeyTrie.ROOT, "노바랩"))).isNull();
    assertThat(trie.walk(KeyTrie.ROOT, "노바랩")).isNotEqualTo(KeyTrie.NONE);
    assertThat(trie.value(trie.step(trie.walk(KeyTrie.ROOT, "노바랩"), '스'))).isEqualTo(org("노바랩스"));
    assertThat(trie.walk(KeyTrie.ROOT, "바랩")).isEqualTo(KeyTrie.NONE);
    assertThat(trie.step(KeyTrie.NONE, '노')).isEqualTo(KeyTrie.NONE);
    assertThat(trie.value(KeyTrie.NONE)).isNull();
  }

  @Test
  void theStandardTableAnswersAsASetOfItsKeysPrefixesWould() {
    AliasTable table = AliasTable.standard();
    Set<String> prefixes = new HashSet<>();
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (String family : table.families()) {
      String key = table.reading().key(family);
      table.byKey(key).ifPresent(e -> byKey.put(key, e));
    }
    for (String k : byKey.keySet()) {
      for (int i = 1; i <= k.length(); i++) {
        prefixes.add(k.substring(0, i));
      }
    }
    KeyTrie trie = new KeyTrie(byKey);
    Random random = new Random(5);
    for (String k : byKey.keySet()) {
      for (int n = 0; n < 3; n++) {
        String probe = k.substring(0, 1 + random.nextInt(k.length()))
            + (random.nextBoolean() ? "" : String.valueOf(k.charAt(random.nextInt(k.length()))));
        int node = trie.walk(KeyTrie.ROOT, probe);
        assertThat(node != KeyTrie.NONE).as(probe).isEqualTo(prefixes.contains(probe));
        assertThat(trie.value(node)).as(probe).isEqualTo(byKey.get(probe));
        if (prefixes.contains(probe)) {
          assertThat(table.isKeyPrefix(probe)).as(probe).isTrue(); // a prefix of a family's key is one of the table's
        }
      }
    }
  }
}
