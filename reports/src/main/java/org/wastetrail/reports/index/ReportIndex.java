package org.wastetrail.reports.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The list of reports in a reports folder ({@code reports.json}), kept across runs so that {@code index.html} lists
 * every report produced there. A report rendered again replaces its entry.
 */
public final class ReportIndex {
  public static final String FILE = "reports.json";

  /** One report: its type, period, language and files (names relative to the folder). */
  public record Entry(String type, String period, String periodName, String lang, String title, String html,
      String pdf) {}

  private final Path folder;
  private final List<Entry> entries;

  private ReportIndex(Path folder, List<Entry> entries) {
    this.folder = folder;
    this.entries = entries;
  }

  public static ReportIndex open(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return new ReportIndex(folder, new ArrayList<>());
    }
    try {
      return new ReportIndex(folder, new ArrayList<>(new ObjectMapper().readValue(file.toFile(),
          new TypeReference<List<Entry>>() {})));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public void put(Entry entry) {
    entries.removeIf(e -> e.html().equals(entry.html()));
    entries.add(entry);
    entries.sort(Comparator.comparing(Entry::type).thenComparing(Entry::period, Comparator.reverseOrder())
        .thenComparing(Entry::lang));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public void save() {
    try {
      Files.createDirectories(folder);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve(FILE).toFile(), entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(FILE), e);
    }
  }
}
