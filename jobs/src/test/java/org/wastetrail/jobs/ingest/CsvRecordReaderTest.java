package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<RawRecord> read(byte[] bytes, int width) {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes));
    List<RawRecord> records = new ArrayList<>();
    RawRecord header = reader.next();
    records.add(header);
    reader.expectFields(width);
    for (RawRecord r; (r = reader.next()) != null; ) {
      records.add(r);
    }
    return records;
  }

  private static List<RawRecord> read(String text, int width) {
    return read(text.getBytes(StandardCharsets.UTF_8), width);
  }

  private static String describe(RawRecord r) {
    return r.line() + ":" + (r.isMalformed() ? r.malformation().code().name() : String.join("|", r.fields()));
  }

  private static List<String> describeAll(List<RawRecord> records) {
    return records.stream().map(CsvRecordReaderTest::describe).toList();
  }

  @Nested
  @DisplayName("well-formed input")
  class WellFormed {
    @Test
    @DisplayName("quoted fields keep commas, doubled quotes and line breaks; line numbers are physical")
    void quotedFields() {
      String text = "a,b,c\n1,\"x, y\",z\n2,\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n";
      assertEquals(List.of("1:a|b|c", "2:1|x, y|z", "3:2|say \"hi\"|two\nlines", "5:3||"), describeAll(read(text, 3)));
    }

    @Test
    @DisplayName("a leading byte order mark, CRLF line ends and blank lines are handled")
    void bomCrlfBlank() {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] body = "a,b\r\n1,2\r\n\r\n3,4".getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bom);
      out.writeBytes(body);
      assertEquals(List.of("1:a|b", "2:1|2", "4:3|4"), describeAll(read(out.toByteArray(), 2)));
    }

    @Test
    @DisplayName("a quote inside an unquoted field is taken literally")
    void literalQuote() {
      assertEquals(List.of("1:a|b", "2:5\" tube|x"), describeAll(read("a,b\n5\" tube,x\n", 2)));
    }

    @Test
    @DisplayName("non-ASCII text survives")
    void nonAscii() {
      assertEquals(List.of("1:a|b", "2:废旧电器|Altgeräte"), describeAll(read("a,b\n废旧电器,Altgeräte\n", 2)));
    }
  }

  @Nested
  @DisplayName("a malformed line is quarantined alone")
  class Malformed {
    @Test
    @DisplayName("a wrong field count rejects that line only")
    void wrongFieldCount() {
      assertEquals(List.of("1:a|b|c", "2:WRONG_FIELD_COUNT", "3:1|2|3", "4:WRONG_FIELD_COUNT"),
          describeAll(read("a,b,c\n1,2\n1,2,3\n1,2,3,4\n", 3)));
    }

    @Test
    @DisplayName("an unterminated quote does not swallow the lines after it")
    void unterminatedQuote() {
      String text = "a,b,c\n1,\"open,3\n2,x,y\n3,\"ok \"\"q\"\"\",z\n";
      assertEquals(List.of("1:a|b|c", "2:UNTERMINATED_QUOTE", "3:2|x|y", "4:3|ok \"q\"|z"), describeAll(read(text, 3)));
    }

    @Test
    @DisplayName("an unterminated quote on the last line is reported")
    void unterminatedAtEnd() {
      assertEquals(List.of("1:a|b", "2:1|2", "3:UNTERMINATED_QUOTE"), describeAll(read("a,b\n1,2\n3,\"x\n", 2)));
    }

    @Test
    @DisplayName("a multi-line record of the wrong width is not merged with its neighbours")
    void multiLineWrongWidth() {
      String text = "a,b,c\n1,\"x\n2\",3,4\n5,6,7\n";
      assertEquals(List.of("1:a|b|c", "2:UNTERMINATED_QUOTE", "3:2\"|3|4", "4:5|6|7"),
          describeAll(read(text, 3)));
    }

    @Test
    @DisplayName("text after a closing quote is broken quoting")
    void brokenQuoting() {
      assertEquals(List.of("1:a|b", "2:BROKEN_QUOTING", "3:1|2"), describeAll(read("a,b\n\"x\"y,2\n1,2\n", 2)));
    }

    @Test
    @DisplayName("a line with invalid UTF-8 is rejected and keeps its text with replacement characters")
    void invalidUtf8() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("a,b\nok,1\nbad".getBytes(StandardCharsets.UTF_8));
      out.write(0xC3);
      out.write(0x28);
      out.writeBytes(",2\nok,3\n".getBytes(StandardCharsets.UTF_8));
      List<RawRecord> records = read(out.toByteArray(), 2);
      assertEquals(List.of("1:a|b", "2:ok|1", "3:INVALID_ENCODING", "4:ok|3"), describeAll(records));
      assertEquals("bad\uFFFD(,2", records.get(2).text());
    }

    @Test
    @DisplayName("a line longer than the record limit is rejected without holding it all")
    void tooLong() {
      String huge = "x".repeat(CsvRecordReader.MAX_RECORD_CHARS * 5);
      assertEquals(List.of("1:a|b", "2:RECORD_TOO_LONG", "3:1|2"), describeAll(read("a,b\n" + huge + ",1\n1,2\n", 2)));
    }
  }

  @Nested
  @DisplayName("a file cut into parts at record boundaries")
  class Parts {
    /** The records of each part, read as the parse tasks read them, end to end: header first. */
    private List<RawRecord> readInParts(byte[] bytes, int width, int parts) {
      List<FileSplits.Part> cut = FileSplits.cut(new ByteArrayInputStream(bytes), bytes.length, width, parts);
      List<RawRecord> records = new ArrayList<>();
      for (FileSplits.Part part : cut) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        in.skip(part.start());
        CsvRecordReader reader = part.start() == 0
            ? new CsvRecordReader(in) : new CsvRecordReader(in, part.start(), part.linesBefore());
        if (part.start() == 0) {
          records.add(reader.next());
        }
        reader.expectFields(width);
        reader.stopAt(part.end());
        for (RawRecord r; (r = reader.next()) != null; ) {
          records.add(r);
        }
      }
      return records;
    }

    @Test
    @DisplayName("give exactly the records of one reader, with their lines, whatever the number of parts")
    void sameRecords() {
      // Every kind of record the reader knows, in random order: a cut may fall inside any of them.
      String[] kinds = {
          "%d,plain,1.5", "\"%d\",\"quoted, with comma\",2", "%d,\"two\nlines\",3", "%d,\"three\r\nline\nrecord\",4",
          "%d,\"never closes,5", "%d,\"broken\"x,6", "%d,too,many,fields", "%d,é ü 绿,7", "", "%d,\"a \"\"quote\"\"\",8",
          "%d,\"unclosed over\nthe next line,9"};
      java.util.Random random = new java.util.Random(42);
      for (int trial = 0; trial < 40; trial++) {
        StringBuilder text = new StringBuilder(trial % 2 == 0 ? "\uFEFFid,text,value\n" : "id,text,value\r\n");
        int records = 20 + random.nextInt(200);
        for (int i = 0; i < records; i++) {
          text.append(kinds[random.nextInt(kinds.length)].formatted(i)).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (trial % 5 == 0) { // a line that is not UTF-8
          int at = bytes.length / 2;
          bytes[at] = (byte) 0xC3;
          bytes[at + 1] = (byte) 0x28;
        }
        List<String> whole = describeAll(read(bytes, 3)).stream().toList();
        List<Long> lines = read(bytes, 3).stream().map(RawRecord::line).toList();
        for (int parts = 2; parts <= 9; parts++) {
          List<RawRecord> inParts = readInParts(bytes, 3, parts);
          assertEquals(whole, describeAll(inParts), "trial " + trial + ", " + parts + " parts");
          assertEquals(lines, inParts.stream().map(RawRecord::line).toList());
          assertEquals(read(bytes, 3).stream().map(RawRecord::text).toList(),
              inParts.stream().map(RawRecord::text).toList(), "trial " + trial + ", " + parts + " parts");
        }
      }
    }

    @Test
    @DisplayName("cut where asked, at the first record starting at or after each share of the bytes")
    void cutsAtShares() {
      String text = "id,v\n" + "0,aaaaaaaaa\n".repeat(100); // 5 + 100 x 12 bytes
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<FileSplits.Part> cut = FileSplits.cut(new ByteArrayInputStream(bytes), bytes.length, 2, 4);
      // Shares at 301, 602 and 903 bytes; record k (0-based) starts at 5 + 12k, on line k + 2.
      assertEquals(List.of(new FileSplits.Part(0, 305, 0), new FileSplits.Part(305, 605, 26),
          new FileSplits.Part(605, 905, 51), new FileSplits.Part(905, Long.MAX_VALUE, 76)), cut);
    }

    @Test
    @DisplayName("do not cut inside a record that spans a share: fewer parts")
    void fewerPartsWhenNoBoundary() {
      String text = "id,v\n1,\"" + "x\n".repeat(50) + "\"\n2,y\n";
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<FileSplits.Part> cut = FileSplits.cut(new ByteArrayInputStream(bytes), bytes.length, 2, 3);
      assertEquals(List.of(new FileSplits.Part(0, bytes.length - 4, 0),
          new FileSplits.Part(bytes.length - 4, Long.MAX_VALUE, 52)), cut);
    }
  }

  @Test
  @DisplayName("an empty input has no header")
  void emptyInput() {
    assertNull(new CsvRecordReader(new ByteArrayInputStream(new byte[0])).next());
  }
}
