package org.wastetrail.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Every file access goes through Hadoop's FileSystem, so {@code file:}, {@code hdfs:} and {@code s3a:} work alike. */
public final class HadoopFiles {
  private final Configuration conf;

  public HadoopFiles(Configuration conf) {
    this.conf = conf;
  }

  public Configuration conf() {
    return conf;
  }

  public FileSystem fs(Path path) {
    try {
      return path.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of " + path, e);
    }
  }

  /** The path made absolute and qualified with its scheme, so it means the same on every executor. */
  public Path qualify(String location) {
    Path path = new Path(location);
    return fs(path).makeQualified(path);
  }

  public boolean exists(Path path) {
    try {
      return fs(path).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isDirectory(Path path) {
    try {
      return fs(path).getFileStatus(path).isDirectory();
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plain files directly inside a folder, sorted by name. */
  public List<FileStatus> listFiles(Path dir) {
    return list(dir, FileStatus::isFile);
  }

  /** The folders directly inside a folder, sorted by name; none when it does not exist. */
  public List<FileStatus> listDirectories(Path dir) {
    return exists(dir) ? list(dir, FileStatus::isDirectory) : List.of();
  }

  private List<FileStatus> list(Path dir, Predicate<FileStatus> kind) {
    try {
      List<FileStatus> found = new ArrayList<>();
      for (FileStatus status : fs(dir).listStatus(dir)) {
        if (kind.test(status)) {
          found.add(status);
        }
      }
      found.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public InputStream open(Path path) throws IOException {
    return fs(path).open(path);
  }

  public OutputStream create(Path path) throws IOException {
    return fs(path).create(path, true);
  }

  public String readText(Path path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Writes a small text file so that readers see either the old content or the new, never a part. */
  public void writeTextAtomically(Path path, String text) {
    Path temporary = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try {
      try (OutputStream out = create(temporary)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      FileSystem fs = fs(path);
      fs.delete(path, false);
      if (!fs.rename(temporary, path)) {
        throw new IOException("rename of " + temporary + " to " + path + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  public void mkdirs(Path dir) {
    try {
      fs(dir).mkdirs(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  public void delete(Path path) {
    try {
      fs(path).delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  /** Renames, failing loudly: a silent false from rename would leave the warehouse half-committed. */
  public void rename(Path from, Path to) {
    try {
      mkdirs(to.getParent());
      if (!fs(from).rename(from, to)) {
        throw new IOException("rename of " + from + " to " + to + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
