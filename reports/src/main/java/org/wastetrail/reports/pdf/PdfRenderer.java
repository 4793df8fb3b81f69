package org.wastetrail.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.wastetrail.reports.model.Drawing;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders one report, written as well-formed XHTML, to a PDF: A4 pages from the document's {@code @page} rules, the
 * report fonts embedded, charts drawn as vector graphics with their labels as text ({@link ChartObject}), bookmarks
 * from {@code <head><bookmarks>}, and a tagged PDF (PDF/UA) whose title, subject and language come from
 * {@code <title>}, {@code <meta name="subject">} and {@code <html lang>}.
 *
 * <p>The document may not load anything: every external resource but a {@code data:} URI is refused. Inline SVG is
 * refused too (the HTML report's charts are SVG; the PDF's are drawn by the chart library itself). A renderer holds no
 * mutable state, so one instance serves any number of threads.
 */
public final class PdfRenderer {
  private final ReportFonts fonts;

  /** A renderer that embeds these fonts. */
  public PdfRenderer(ReportFonts fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
  }

  /**
   * The PDF of an XHTML document without charts.
   *
   * @param xhtml the whole document, well-formed XML (write {@code &#160;}, not {@code &nbsp;})
   * @param baseUri what relative links in the document are resolved against, e.g. the HTML report's file URI
   * @throws PdfRenderException naming the line and column when the XHTML is not well-formed, or why rendering failed
   */
  public byte[] render(String xhtml, String baseUri) {
    return render(xhtml, baseUri, Map.of());
  }

  /**
   * The PDF of an XHTML document whose charts are {@code <object type="application/x-wastetrail-chart"
   * data-chart="NAME">} elements, each drawn from the drawing of that name, as vector graphics and text, scaled
   * to the element's box.
   *
   * @param charts the drawings by name; a chart element whose name is not there fails the rendering
   * @throws PdfRenderException as {@link #render(String, String)}
   */
  public byte[] render(String xhtml, String baseUri, Map<String, Drawing> charts) {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(charts, "charts");
    Document document = parse(xhtml, baseUri);
    if (document.getElementsByTagNameNS("*", "svg").getLength() > 0) {
      // Without an SVG drawer openhtmltopdf would leave a blank box: charts come as drawings, not as SVG.
      throw new PdfRenderException("cannot render " + baseUri + " to PDF: it has inline <svg>, which PDFs do not draw;"
          + " give each chart as an <object type=\"" + ChartObject.TYPE + "\"> with its drawing", null);
    }
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
    DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
    ChartObject chartObject = new ChartObject(charts, failures::add);
    objects.registerDrawer(ChartObject.TYPE, chartObject);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .useObjectDrawerFactory(objects)
        // PDF/UA forbids fonts that are not embedded, so openhtmltopdf drops its built-in Helvetica under it: without
        // a single font file, a tagged PDF would have no text at all.
        .usePdfUaAccessibility(fonts.hasAny())
        .withProducer("Wastetrail")
        .withW3cDocument(document, baseUri)
        .useExternalResourceAccessControl((uri, type) -> {
          boolean allowed = uri != null && uri.startsWith("data:");
          if (!allowed) {
            failures.add("the report asks for " + type + " " + uri + ", but a report must be self-contained");
          }
          return allowed;
        }, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .withDiagnosticConsumer(d -> {
          if (isFailure(d)) {
            failures.add(describe(d));
          }
        })
        .toStream(pdf);
    fonts.registerWith(builder, fonts.needsFallback(document.getDocumentElement().getTextContent()));
    try {
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new PdfRenderException("cannot render " + baseUri + " to PDF: " + e.getMessage(), e);
    }
    chartObject.checkAllDrawn(document);
    if (!failures.isEmpty()) {
      // openhtmltopdf logs and skips what it cannot draw or load (a broken chart leaves a blank space): refuse the PDF.
      throw new PdfRenderException("cannot render " + baseUri + " to PDF: " + String.join("; ", failures), null);
    }
    return pdf.toByteArray();
  }

  private static Document parse(String xhtml, String baseUri) {
    try {
      DocumentBuilder parser = xhtmlParser();
      InputSource source = new InputSource(new StringReader(xhtml));
      source.setSystemId(baseUri);
      return parser.parse(source);
    } catch (SAXParseException e) {
      throw new PdfRenderException("%s is not well-formed XHTML at line %d, column %d: %s"
          .formatted(baseUri, e.getLineNumber(), e.getColumnNumber(), e.getMessage()), e);
    } catch (SAXException | IOException e) {
      throw new PdfRenderException("cannot read the XHTML of " + baseUri + ": " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder xhtmlParser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // A report is self-contained: no DTD, no external entity is ever fetched.
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return parser;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  private static boolean isFailure(Diagnostic d) {
    return d.hasError() || d.getLevel().intValue() >= Level.SEVERE.intValue();
  }

  private static String describe(Diagnostic d) {
    String cause = d.hasError() && d.getError().getMessage() != null
        ? " (" + d.getError().getMessage().strip().replaceAll("\\s+", " ") + ")"
        : "";
    return d.getFormattedMessage() + cause;
  }
}
