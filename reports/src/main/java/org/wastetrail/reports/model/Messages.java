package org.wastetrail.reports.model;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's texts in one language: every label, heading and sentence comes from the message bundles. */
public final class Messages {
  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  /** A message with its placeholders filled; arguments are already formatted text. */
  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** A date written out in the language: "15 January 2025", "2025年1月15日". */
  public String longDate(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern(get("date.long.pattern"), locale));
  }

  /** The CSS content value of the PDF footer, e.g. {@code "Page " counter(page) " of " counter(pages)}. */
  public String pageCounterCss() {
    String pattern = get("report.page");
    int page = pattern.indexOf("{0}");
    int pages = pattern.indexOf("{1}");
    return css(pattern.substring(0, page)) + " counter(page) " + css(pattern.substring(page + 3, pages))
        + " counter(pages) " + css(pattern.substring(pages + 3));
  }

  private static String css(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
