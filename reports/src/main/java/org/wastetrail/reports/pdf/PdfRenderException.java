package org.wastetrail.reports.pdf;

/** A report could not be rendered to PDF; the message names the document and, for bad XHTML, the line and column. */
public final class PdfRenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PdfRenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
