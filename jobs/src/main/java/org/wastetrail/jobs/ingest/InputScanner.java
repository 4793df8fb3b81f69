package org.wastetrail.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.InputException;

/**
 * Finds the input files of a folder by name prefix and checks what must hold before anything is written: the folder
 * exists and holds input files, each is CSV text with a readable header that has every required column. A file's
 * content hash is read from the batch log when a file of the same name, size and modification time is logged (as
 * rsync and make decide what changed), so a run over a folder of years reads only the new files whole.
 */
public final class InputScanner {
  private static final int BINARY_PROBE_BYTES = 8192;

  private final HadoopFiles files;
  private final Map<InputFile.Stamp, String> knownHashes;

  /** A scanner that takes the hash of a file whose name, size and modification time are in {@code knownHashes}. */
  public InputScanner(HadoopFiles files, Map<InputFile.Stamp, String> knownHashes) {
    this.files = files;
    this.knownHashes = Map.copyOf(knownHashes);
  }

  /** The folder's input files, sorted by name, or an {@link InputException} listing every structural fault. */
  public Scan scan(String inputLocation) {
    Path dir = files.qualify(inputLocation);
    if (!files.exists(dir)) {
      throw new InputException("input folder " + inputLocation + " does not exist");
    }
    if (!files.isDirectory(dir)) {
      throw new InputException("input " + inputLocation + " is not a folder");
    }
    List<InputFile> inputs = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> faults = new ArrayList<>();
    for (FileStatus status : files.listFiles(dir)) {
      String name = status.getPath().getName();
      RecordKind kind = RecordKind.ofFileName(name);
      if (kind == null) {
        if (!name.startsWith(".") && !name.startsWith("_")) {
          ignored.add(name);
        }
        continue;
      }
      try {
        inputs.add(inspect(status, kind));
      } catch (InputException e) {
        faults.add(e.getMessage());
      }
    }
    if (!faults.isEmpty()) {
      throw new InputException(String.join(System.lineSeparator() + "error: ", faults));
    }
    if (inputs.isEmpty()) {
      throw new InputException("no input files in " + inputLocation
          + ": expected declarations*.csv, seizures*.csv, licences*.csv or campaigns*.csv");
    }
    return new Scan(dir, inputs, ignored);
  }

  /** The files found and the names that were not recognised as input. */
  public record Scan(Path folder, List<InputFile> inputs, List<String> ignored) {}

  private InputFile inspect(FileStatus status, RecordKind kind) {
    Path path = status.getPath();
    String name = path.getName();
    checkIsText(path, name);
    List<String> header = readHeader(path, name);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (header.indexOf(column) != i) {
        throw new InputException(name + " line 1: column '" + column + "' appears more than once in the header");
      }
      if (kind.columns().stream().noneMatch(c -> c.name().equals(column))) {
        unknown.add(column);
      }
    }
    int[] sourceIndex = new int[kind.columns().size()];
    List<String> absentOptional = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < sourceIndex.length; i++) {
      ColumnSpec column = kind.columns().get(i);
      sourceIndex[i] = header.indexOf(column.name());
      if (sourceIndex[i] < 0) {
        (column.required() ? missing : absentOptional).add(column.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(name + " line 1: required column" + (missing.size() > 1 ? "s " : " ")
          + quoteAll(missing) + (missing.size() > 1 ? " are" : " is") + " missing from the header (found: "
          + String.join(", ", header) + ")");
    }
    String known = knownHashes.get(new InputFile.Stamp(name, status.getLen(), status.getModificationTime()));
    return new InputFile(path.toString(), name, kind, known != null ? known : sha256(path), status.getLen(),
        status.getModificationTime(), header.size(), sourceIndex, unknown, absentOptional);
  }

  private void checkIsText(Path path, String name) {
    try (InputStream in = files.open(path)) {
      byte[] probe = in.readNBytes(BINARY_PROBE_BYTES);
      for (byte b : probe) {
        if (b == 0) {
          throw new InputException(name + " is not a CSV text file: it holds binary data (NUL bytes)");
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private List<String> readHeader(Path path, String name) {
    try (CsvRecordReader reader = new CsvRecordReader(files.open(path))) {
      RawRecord header = reader.next();
      if (header == null) {
        throw new InputException(name + " is empty: its first line must be the header");
      }
      if (header.isMalformed()) {
        throw new InputException(name + " line 1: the header cannot be read as CSV: " + header.malformation().message());
      }
      List<String> columns = new ArrayList<>();
      for (String column : header.fields()) {
        columns.add(column.strip().toLowerCase(Locale.ROOT));
      }
      return columns;
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private String sha256(Path path) {
    try (InputStream in = files.open(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new InputException("cannot read " + path.getName() + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quoteAll(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

}
