package org.wastetrail.reports.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque {@link BufferedImage#TYPE_INT_RGB} image as a PNG file (8-bit RGB, not interlaced), reading its pixel
 * array directly. ImageIO's writer converted every row through the sample model and tried all five filters on it: a
 * quarter of the reports' drawing time, and a large method for the compiler to warm up in every run. Each row here gets
 * the filter with the smallest sum of absolute differences among None, Sub and Up (the heuristic of the PNG
 * specification, section 12.8, over the filters that suit flat-coloured charts).
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int NONE = 0;
  private static final int SUB = 1;
  private static final int UP = 2;

  private PngEncoder() {}

  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("PngEncoder takes TYPE_INT_RGB images, not type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int stride = width * 3;
    try {
      ByteArrayOutputStream compressed = new ByteArrayOutputStream(stride * height / 8);
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
      try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[][] filtered = {new byte[stride + 1], new byte[stride + 1], new byte[stride + 1]};
        for (int y = 0; y < height; y++) {
          int offset = y * width;
          for (int x = 0, i = 0; x < width; x++, i += 3) {
            int rgb = pixels[offset + x];
            current[i] = (byte) (rgb >> 16);
            current[i + 1] = (byte) (rgb >> 8);
            current[i + 2] = (byte) rgb;
          }
          zlib.write(filtered[filterRow(current, previous, filtered)]);
          byte[] swap = previous;
          previous = current;
          current = swap;
        }
      } finally {
        deflater.end();
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
      png.write(SIGNATURE);
      byte[] header = new byte[13];
      putInt(header, 0, width);
      putInt(header, 4, height);
      header[8] = 8; // bits per sample
      header[9] = 2; // colour type: RGB
      // compression method, filter method and interlace method 0: deflate, adaptive filters, not interlaced
      chunk(png, "IHDR", header);
      chunk(png, "IDAT", compressed.toByteArray());
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Filters the row three ways into {@code filtered[type]} (type byte first) and returns the type to write. */
  private static int filterRow(byte[] row, byte[] above, byte[][] filtered) {
    byte[] none = filtered[NONE];
    byte[] sub = filtered[SUB];
    byte[] up = filtered[UP];
    none[0] = NONE;
    sub[0] = SUB;
    up[0] = UP;
    long sumNone = 0;
    long sumSub = 0;
    long sumUp = 0;
    for (int i = 0; i < row.length; i++) {
      int raw = row[i] & 0xff;
      int left = i >= 3 ? row[i - 3] & 0xff : 0;
      byte n = (byte) raw;
      byte s = (byte) (raw - left);
      byte u = (byte) (raw - (above[i] & 0xff));
      none[i + 1] = n;
      sub[i + 1] = s;
      up[i + 1] = u;
      // The heuristic reads filtered bytes as signed: small differences either way count as small.
      sumNone += Math.abs(n);
      sumSub += Math.abs(s);
      sumUp += Math.abs(u);
    }
    if (sumUp <= sumSub && sumUp <= sumNone) {
      return UP;
    }
    return sumSub <= sumNone ? SUB : NONE;
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    byte[] check = new byte[4];
    putInt(check, 0, (int) crc.getValue());
    png.writeBytes(length);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    png.writeBytes(check);
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }
}
