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

  @Test
  @DisplayName("an empty input has no header")
  void emptyInput() {
    assertNull(new CsvRecordReader(new ByteArrayInputStream(new byte[0])).next());
  }
}
