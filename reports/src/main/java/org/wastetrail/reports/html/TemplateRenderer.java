package org.wastetrail.reports.html;

import freemarker.ext.beans.ResourceBundleModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one FreeMarker configuration of the project: {@code .ftlh} templates from the classpath's {@code templates/},
 * auto-escaped, failing loudly on a missing value; the message bundle is available to templates as {@code msg}.
 */
public final class TemplateRenderer {
  private final Configuration configuration;

  public TemplateRenderer() {
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(TemplateRenderer.class, "/templates");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
  }

  /** Renders a template with the model and the language's message bundle as {@code msg}. */
  public String render(String templateName, Map<String, Object> model, Locale locale, ResourceBundle messages) {
    Map<String, Object> root = new HashMap<>(model);
    root.put("msg", new ResourceBundleModel(messages, new freemarker.ext.beans.BeansWrapperBuilder(
        Configuration.VERSION_2_3_34).build()));
    try {
      Template template = configuration.getTemplate(templateName, locale);
      StringWriter out = new StringWriter();
      template.process(root, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load template " + templateName, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
    }
  }
}
