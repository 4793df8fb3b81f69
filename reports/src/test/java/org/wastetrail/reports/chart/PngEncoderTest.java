package org.wastetrail.reports.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PNG encoder held to ImageIO's reader: every pixel read back as drawn. */
class PngEncoderTest {

  private static BufferedImage decoded(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, "ImageIO reads the file as an image");
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth(), "width");
    assertEquals(expected.getHeight(), actual.getHeight(), "height");
    int w = expected.getWidth();
    int h = expected.getHeight();
    int[] want = expected.getRGB(0, 0, w, h, null, 0, w);
    int[] got = actual.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < want.length; i++) {
      if (want[i] != got[i]) {
        assertEquals(Integer.toHexString(want[i]), Integer.toHexString(got[i]),
            "pixel (" + i % w + ", " + i / w + ")");
      }
    }
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"1, 1", "1, 7", "7, 1", "3, 5", "64, 48", "333, 101"})
  void randomPixelsReadBackExactly(int width, int height) throws Exception {
    // Noise makes None win, runs of one colour make Sub win, repeated rows make Up win: every filter is written.
    Random random = new Random(width * 31L + height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      switch (y % 3) {
        case 0 -> {
          for (int x = 0; x < width; x++) {
            row[x] = random.nextInt(1 << 24);
          }
        }
        case 1 -> java.util.Arrays.fill(row, random.nextInt(1 << 24));
        default -> { } // the row above again
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    assertSamePixels(image, decoded(PngEncoder.encode(image)));
  }

  @Test
  void chartLikeDrawingReadsBackAndIsNoLargerThanImageIoWrites() throws Exception {
    BufferedImage image = new BufferedImage(1360, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1360, 600);
    g.setColor(new Color(0, 114, 178));
    g.setStroke(new BasicStroke(3));
    for (int x = 0; x < 1300; x += 40) {
      g.fillRect(40 + x, 600 - 50 - (x * 7) % 400, 24, 50 + (x * 7) % 400);
      g.drawLine(x, 100 + (x * 13) % 200, x + 40, 100 + ((x + 40) * 13) % 200);
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString("Seizures by month, 2022-01 to 2024-12 (tonnes)", 50, 30);
    g.dispose();

    byte[] ours = PngEncoder.encode(image);
    assertSamePixels(image, decoded(ours));
    ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
    ImageIO.write(image, "png", imageIo);
    assertTrue(ours.length <= imageIo.size() * 1.1,
        "about as small as ImageIO's file: " + ours.length + " against " + imageIo.size() + " bytes");
  }

  @Test
  void signatureAndHeaderAsTheSpecificationLaysThemOut() {
    BufferedImage image = new BufferedImage(300, 2, BufferedImage.TYPE_INT_RGB);
    byte[] png = PngEncoder.encode(image);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 1, 44, 0, 0, 0, 2, 8, 2, 0, 0, 0}, java.util.Arrays.copyOf(png, 29));
  }

  @Test
  void refusesImagesWithAlphaOrPalettes() {
    assertThrows(IllegalArgumentException.class,
        () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
  }
}
