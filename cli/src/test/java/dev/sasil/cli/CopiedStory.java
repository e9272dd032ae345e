package dev.sasil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Three articles on a made-up festival, written for these tests: a1.txt a wire story, a2.txt an
 * article of another outlet written on its own, a3.txt an outlet's reprint of a1.txt with a lead of
 * its own and without the last sentence.
 */
final class CopiedStory {

  private static final String BODY = """
      올해로 열 번째인 한솔 강변 축제가 사흘 일정으로 막을 올렸다.
      축제 조직위원회는 강변 산책로를 따라 먹거리 장터와 공연 무대를 꾸렸다고 밝혔다.
      이번 축제의 자원봉사자는 1200명이다.
      조직위원회는 쓰레기를 줄이려고 일회용 컵 대신 다회용 컵을 나눠 주기로 했다.
      주말에는 강변도로 일부 구간의 차량 통행이 제한된다.
      """;

  private CopiedStory() {}

  /** Writes the three articles into {@code dir}, returning their paths in order a1, a2, a3. */
  static List<String> write(Path dir) throws IOException {
    Path a1 = Files.writeString(dir.resolve("a1.txt"), BODY + "조직위원회는 내년 축제 일정을 가을에 발표할 예정이다.\n",
        StandardCharsets.UTF_8);
    Path a2 = Files.writeString(dir.resolve("a2.txt"), """
        한솔 강변 축제 현장은 첫날부터 가족 단위 방문객으로 붐볐다.
        이번 축제의 자원봉사자는 1200명이다.
        자원봉사자들은 주차 안내와 분리수거를 맡았다.
        """, StandardCharsets.UTF_8);
    Path a3 = Files.writeString(dir.resolve("a3.txt"), "강변에서 열흘 같은 사흘이 시작됐다.\n" + BODY, StandardCharsets.UTF_8);
    return List.of(a1.toString(), a2.toString(), a3.toString());
  }
}
