package org.wastetrail.reports.trend;

import java.text.MessageFormat;
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
}
