package dev.sasil.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SasilSparkJobTest {

  @Test
  void inputFormatFollowsTheExtensionUnlessGiven() {
    assertThat(SasilSparkJob.parse(new String[] {"--input", "a/b.parquet", "--output", "o"}).inputFormat())
        .isEqualTo("parquet");
    assertThat(SasilSparkJob.parse(new String[] {"--input", "a/b.jsonl", "--output", "o"}).inputFormat())
        .isEqualTo("jsonl");
    assertThat(SasilSparkJob.parse(new String[] {"--input", "a/b", "--output", "o", "--input-format", "parquet"})
        .inputFormat()).isEqualTo("parquet");
  }

  @Test
  void optionsAreRead() {
    SasilSparkJob.Settings s = SasilSparkJob.parse(new String[] {"--input", "in", "--output", "out",
        "--partitions", "12", "--copies", "lsh", "--contract-max", "50", "--output-format", "jsonl", "--master", "local[2]"});
    assertThat(s.options()).isEqualTo(new SparkCheck.Options(12, SparkCheck.CopyFinding.LSH, 50));
    assertThat(s.outputFormat()).isEqualTo("jsonl");
    assertThat(s.master()).isEqualTo("local[2]");
  }

  @Test
  void badOptionsAreOneLineSayingWhat() {
    assertThatThrownBy(() -> SasilSparkJob.parse(new String[] {"--input", "in"}))
        .hasMessage("--input and --output are required");
    assertThatThrownBy(() -> SasilSparkJob.parse(new String[] {"--input", "in", "--output", "o", "--partitions", "0"}))
        .hasMessage("--partitions must be a positive number: '0'");
    assertThatThrownBy(() -> SasilSparkJob.parse(new String[] {"--input", "in", "--output", "o", "--copies", "all"}))
        .hasMessage("--copies must be one of exact, lsh: 'all'");
    assertThatThrownBy(() -> SasilSparkJob.parse(new String[] {"--inptu", "in"}))
        .hasMessage("unknown option: --inptu");
    assertThatThrownBy(() -> SasilSparkJob.parse(new String[] {"--input"}))
        .hasMessage("missing value after --input");
  }
}
