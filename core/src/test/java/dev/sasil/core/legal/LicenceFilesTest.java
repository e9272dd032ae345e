package dev.sasil.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every jar carries the licence and a notice crediting the data it holds; the poms say so too. */
class LicenceFilesTest {

  @Test
  void theJarCarriesTheApacheLicenceAndOurNotice() throws IOException {
    assertThat(ours("META-INF/LICENSE")).contains("Apache License", "Version 2.0, January 2004");
    String notice = ours("META-INF/NOTICE");
    assertThat(notice).startsWith("Sasil");
  }

  @Test
  void theNoticeCreditsTheDictionaryAndModelTheCoreJarNeeds() throws IOException {
    String notice = ours("META-INF/NOTICE");
    assertThat(notice).contains("mecab-ko-dic", "lucene-analysis-nori", "opennlp-models-langdetect",
        "Leipzig Corpora");
  }

  @Test
  void theNoticeSaysTheExampleArticlesBelongToTheirPublishers() throws IOException {
    assertThat(ours("META-INF/NOTICE")).contains("belongs to their publishers");
    assertThat(Files.readString(TestData.examples().resolve("README.md"), StandardCharsets.UTF_8))
        .contains("copyright belongs to their publishers");
  }

  @Test
  void everyPomNamesTheLicenceAndTheParentHasScmAndDevelopers() throws IOException {
    String parent = Files.readString(TestData.root().resolve("pom.xml"), StandardCharsets.UTF_8);
    assertThat(parent).contains("<licenses>", "<name>Apache-2.0</name>", "<scm>", "<developers>");
    List<String> withoutModuleName = new ArrayList<>();
    try (var dirs = Files.list(TestData.root())) {
      for (Path pom : dirs.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).sorted().toList()) {
        if (!Files.readString(pom, StandardCharsets.UTF_8).contains("<sasil.module.name>")) {
          withoutModuleName.add(pom.getParent().getFileName().toString());
        }
      }
    }
    assertThat(withoutModuleName).as("modules without an Automatic-Module-Name").isEmpty();
  }

  /** The resource of this build (not a dependency's): the one whose URL is under our target/. */
  private static String ours(String resource) throws IOException {
    for (URL url : Collections.list(LicenceFilesTest.class.getClassLoader().getResources(resource))) {
      if (url.getProtocol().equals("file")) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(resource + " is not in target/classes");
  }
}
