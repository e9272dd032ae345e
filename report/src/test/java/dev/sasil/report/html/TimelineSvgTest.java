package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.report.Hostile;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class TimelineSvgTest {

  @Test
  void hostileTimelineIsWellFormedXml() throws Exception {
    Report r = Hostile.report();
    String svg = new TimelineSvg(Labels.standard()).render(r);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
  }
}
