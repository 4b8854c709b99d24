package io.credere.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Adds native Excel column charts to a workbook written by FastExcel, which writes cells but no
 * charts: for each {@link BarChart} it adds a DrawingML chart part and a drawing anchored beside
 * the data, and links them from the sheet. The chart reads its numbers from the sheet's cells,
 * so it stays true to the data when a controller edits or filters it.
 */
final class XlsxCharts {

  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5",
      "70AD47", "264478", "9E480E"};

  private XlsxCharts() {}

  /**
   * The workbook with the charts added.
   *
   * @param reports the reports in workbook order ({@code sheet1.xml} is the first)
   */
  static byte[] addCharts(byte[] workbook, List<Report> reports, List<BarChart> charts)
      throws IOException {
    List<String> sheetNames = reports.stream().map(r -> sheetName(r.name())).toList();
    Map<String, byte[]> parts = new LinkedHashMap<>();
    // Read through the central directory: FastExcel streams entries with data descriptors,
    // which a ZipInputStream cannot size.
    java.nio.file.Path temp = java.nio.file.Files.createTempFile("credere-workbook", ".xlsx");
    try {
      java.nio.file.Files.write(temp, workbook);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          try (java.io.InputStream in = zip.getInputStream(entry)) {
            parts.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(temp);
    }
    StringBuilder contentTypes = new StringBuilder(text(parts, "[Content_Types].xml"));
    int number = 0;
    for (BarChart chart : charts) {
      int sheet = sheetNames.indexOf(sheetName(chart.report())) + 1;
      if (sheet == 0) {
        throw new IllegalArgumentException("No sheet " + chart.report() + " for chart "
            + chart.title());
      }
      number++;
      String sheetPart = "xl/worksheets/sheet" + sheet + ".xml";
      String sheetXml = text(parts, sheetPart);
      if (sheetXml.contains("<drawing ")) {
        throw new IllegalArgumentException("Sheet " + chart.report() + " has a chart already");
      }
      parts.put(sheetPart, sheetXml.replace("</worksheet>",
          "<drawing r:id=\"rIdCredereDrawing\"/></worksheet>").getBytes(StandardCharsets.UTF_8));
      parts.put("xl/worksheets/_rels/sheet" + sheet + ".xml.rels", utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rIdCredereDrawing\" Type=\"" + REL_NS + "/drawing\" "
              + "Target=\"../drawings/drawing" + number + ".xml\"/></Relationships>"));
      int width = reports.get(sheet - 1).columns().size();
      parts.put("xl/drawings/drawing" + number + ".xml", utf8(drawing(chart, width + 1)));
      parts.put("xl/drawings/_rels/drawing" + number + ".xml.rels", utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/chart\" "
              + "Target=\"../charts/chart" + number + ".xml\"/></Relationships>"));
      parts.put("xl/charts/chart" + number + ".xml", utf8(chartXml(chart, sheetName(chart.report()))));
      int at = contentTypes.indexOf("</Types>");
      contentTypes.insert(at, "<Override PartName=\"/xl/drawings/drawing" + number + ".xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
          + "<Override PartName=\"/xl/charts/chart" + number + ".xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
    }
    parts.put("[Content_Types].xml", utf8(contentTypes.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length + 8192);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String sheetName(String reportName) {
    String cleaned = reportName.replaceAll("[\\\\/?*\\[\\]:]", "_");
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }

  /** A drawing anchoring the chart at {@code fromCol} (0-based), right of the data. */
  private static String drawing(BarChart chart, int fromCol) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
        + "xmlns:a=\"" + DRAWING_NS + "\">"
        + "<xdr:twoCellAnchor>"
        + "<xdr:from><xdr:col>" + fromCol + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        + "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
        + "<xdr:to><xdr:col>" + (fromCol + 9) + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22"
        + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"2\" name=\""
        + escape(chart.title()) + "\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
        + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
        + "<a:graphic><a:graphicData uri=\"" + CHART_NS + "\">"
        + "<c:chart xmlns:c=\"" + CHART_NS + "\" xmlns:r=\"" + REL_NS + "\" r:id=\"rId1\"/>"
        + "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>"
        + "</xdr:twoCellAnchor></xdr:wsDr>";
  }

  private static String chartXml(BarChart chart, String sheet) {
    String quoted = "'" + sheet.replace("'", "''") + "'";
    String categories = quoted + "!" + absolute(chart.firstValueColumn(), 1) + ":"
        + absolute(chart.lastValueColumn(), 1);
    StringBuilder series = new StringBuilder();
    int index = 0;
    for (int row : chart.seriesRows()) {
      int excelRow = row + 2;
      series.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"")
          .append(index).append("\"/>")
          .append("<c:tx><c:strRef><c:f>").append(escape(quoted + "!"
              + absolute(chart.nameColumn(), excelRow))).append("</c:f></c:strRef></c:tx>")
          // Explicit colours: FastExcel writes no theme, and without one some readers draw
          // theme-coloured bars invisible.
          .append("<c:spPr><a:solidFill><a:srgbClr val=\"")
          .append(PALETTE[index % PALETTE.length]).append("\"/></a:solidFill></c:spPr>")
          .append("<c:invertIfNegative val=\"0\"/>")
          .append("<c:cat><c:strRef><c:f>").append(escape(categories))
          .append("</c:f></c:strRef></c:cat>")
          .append("<c:val><c:numRef><c:f>").append(escape(quoted + "!"
              + absolute(chart.firstValueColumn(), excelRow) + ":"
              + absolute(chart.lastValueColumn(), excelRow)))
          .append("</c:f></c:numRef></c:val></c:ser>");
      index++;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<c:chartSpace xmlns:c=\"" + CHART_NS + "\" xmlns:a=\"" + DRAWING_NS + "\" "
        + "xmlns:r=\"" + REL_NS + "\">"
        + "<c:roundedCorners val=\"0\"/>"
        + "<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>" + escape(chart.title())
        + "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        + "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
        + "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/>" + series
        + "<c:gapWidth val=\"150\"/><c:axId val=\"500001\"/><c:axId val=\"500002\"/></c:barChart>"
        + "<c:catAx><c:axId val=\"500001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
        + "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
        + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500002\"/><c:crosses val=\"autoZero\"/>"
        + "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
        + "<c:valAx><c:axId val=\"500002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
        + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill>"
        + "<a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
        + "<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/>"
        + "<c:crossAx val=\"500001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
        + "</c:valAx></c:plotArea><c:legend><c:legendPos val=\"r\"/><c:overlay val=\"0\"/></c:legend>"
        + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>";
  }

  /** An absolute A1 reference, e.g. {@code $B$2}, from a 0-based column and 1-based row. */
  static String absolute(int column, int row) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return "$" + letters + "$" + row;
  }

  private static String text(Map<String, byte[]> parts, String name) throws IOException {
    byte[] bytes = parts.get(name);
    if (bytes == null) {
      throw new IOException("workbook has no part " + name);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
