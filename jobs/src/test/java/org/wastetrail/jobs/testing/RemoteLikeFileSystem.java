package org.wastetrail.jobs.testing;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk under another scheme, {@code wtest:///abs/path}, standing in for {@code hdfs:} or {@code s3a:} in
 * tests: code that went around Hadoop's FileSystem (java.nio, java.io.File) cannot open such a path, so a pipeline run
 * on it shows that every path goes through FileSystem. Registered in the tests' core-site.xml; counts its use.
 */
public final class RemoteLikeFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "wtest";
  public static final AtomicLong FILES_CREATED = new AtomicLong();
  public static final AtomicLong FILES_OPENED = new AtomicLong();

  private static final URI ROOT = URI.create(SCHEME + ":///");

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public URI getUri() {
    return ROOT;
  }

  @Override
  public Path getWorkingDirectory() {
    Path local = super.getWorkingDirectory();
    return local == null ? null : new Path(ROOT.toString(), local.toUri().getPath());
  }

  @Override
  public Path getHomeDirectory() {
    return new Path(ROOT.toString(), super.getHomeDirectory().toUri().getPath());
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    FILES_OPENED.incrementAndGet();
    return super.open(f, bufferSize);
  }

  @Override
  public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    FILES_CREATED.incrementAndGet();
    return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) throws IOException {
    FILES_CREATED.incrementAndGet();
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  /** The same folder as a {@code wtest:} location. */
  public static String location(java.nio.file.Path local) {
    return SCHEME + "://" + local.toAbsolutePath();
  }
}
