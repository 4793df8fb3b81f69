package org.wastetrail.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Local folders for the parts that work on local files only (rendering reports, writing the exchange package) when
 * their folders live on HDFS or S3: an input folder is copied down first, an output folder is written locally and
 * copied up by {@link #publish()}. Local and {@code file:} locations are used in place, without copying. Closing
 * deletes the local copies.
 */
public final class LocalStaging implements AutoCloseable {
  private final Configuration conf;
  private final List<Path> temporary = new ArrayList<>();
  private final List<Upload> uploads = new ArrayList<>();

  private record Upload(Path local, org.apache.hadoop.fs.Path remote) {}

  public LocalStaging(Configuration conf) {
    this.conf = conf;
  }

  public Configuration conf() {
    return conf;
  }

  /** True for a plain path or a {@code file:} URI; false for {@code hdfs:}, {@code s3a:} and other file systems. */
  public static boolean isLocal(String location) {
    String scheme = new org.apache.hadoop.fs.Path(location).toUri().getScheme();
    return scheme == null || scheme.equals("file");
  }

  /** A local path for a local location ({@code file:} URIs resolved). */
  public static Path localPath(String location) {
    URI uri = new org.apache.hadoop.fs.Path(location).toUri();
    return uri.getScheme() == null ? Path.of(location) : Path.of(uri);
  }

  /** A local folder with the content of {@code location} (its files, recursively); absent locations stay absent. */
  public Path input(String location) {
    if (isLocal(location)) {
      return localPath(location);
    }
    Path local = temporaryFolder();
    copyDown(location, local, (fs, remote) -> {
      if (fs.exists(remote)) {
        download(fs, remote, local);
      }
    });
    return local;
  }

  /**
   * A local folder to write {@code location}'s content into, holding copies of the named files already there (such
   * as an index kept across runs); copied up by {@link #publish()}.
   */
  public Path output(String location, String... keep) {
    if (isLocal(location)) {
      return localPath(location);
    }
    Path local = temporaryFolder();
    copyDown(location, local, (fs, remote) -> {
      for (String name : keep) {
        org.apache.hadoop.fs.Path existing = new org.apache.hadoop.fs.Path(remote, name);
        if (fs.exists(existing)) {
          fs.copyToLocalFile(false, existing, new org.apache.hadoop.fs.Path(local.resolve(name).toUri()), true);
        }
      }
    });
    uploads.add(new Upload(local, new org.apache.hadoop.fs.Path(location)));
    return local;
  }

  private interface Copy {
    void from(FileSystem fs, org.apache.hadoop.fs.Path remote) throws IOException;
  }

  private void copyDown(String location, Path local, Copy copy) {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(location);
    try {
      copy.from(remote.getFileSystem(conf), remote);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + location + " to " + local, e);
    }
  }

  /** Copies every output folder up to its location, file by file (overwriting, never deleting what else is there). */
  public void publish() {
    for (Upload upload : uploads) {
      try (Stream<Path> walk = Files.walk(upload.local())) {
        FileSystem fs = upload.remote().getFileSystem(conf);
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String relative = upload.local().relativize(file).toString().replace('\\', '/');
          fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()),
              new org.apache.hadoop.fs.Path(upload.remote(), relative));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the results up to " + upload.remote(), e);
      }
    }
  }

  @Override
  public void close() {
    for (Path folder : temporary) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // A temporary folder left behind is harmless; the results were published already.
      }
    }
  }

  private Path temporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("wastetrail-staging-");
      temporary.add(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a local staging folder", e);
    }
  }

  private static void download(FileSystem fs, org.apache.hadoop.fs.Path remote, Path local) throws IOException {
    Files.createDirectories(local);
    for (FileStatus status : fs.listStatus(remote)) {
      Path target = local.resolve(status.getPath().getName());
      if (status.isDirectory()) {
        download(fs, status.getPath(), target);
      } else {
        fs.copyToLocalFile(false, status.getPath(), new org.apache.hadoop.fs.Path(target.toUri()), true);
      }
    }
  }
}
