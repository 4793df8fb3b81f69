package org.wastetrail.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.wastetrail.jobs.reference.ReferenceData;

/**
 * Runs on an executor: streams one input file, or one part of it ({@link FileSplits}), record by record, into parsed
 * rows (see {@link IngestSchemas#parsed}), each either accepted or carrying all of its faults. Memory stays constant
 * whatever the file's size. With a tally accumulator, the part's {@link FileTally} is added to it once its last record
 * has been read (the driver adds up a file's parts).
 */
final class FileParser implements FlatMapFunction<ParseTask, Row> {
  private final RecordKind kind;
  private final ReferenceData reference;
  private final SerializableConfiguration conf;
  private final LongAccumulator rowsRead;
  private final CollectionAccumulator<FileTally> tallies;

  /** @param tallies where each file's tally goes when it has been read to the end; null for none */
  FileParser(RecordKind kind, ReferenceData reference, SerializableConfiguration conf, LongAccumulator rowsRead,
      CollectionAccumulator<FileTally> tallies) {
    this.kind = kind;
    this.reference = reference;
    this.conf = conf;
    this.rowsRead = rowsRead;
    this.tallies = tallies;
  }

  @Override
  public Iterator<Row> call(ParseTask task) throws IOException {
    Path path = new Path(task.path());
    FSDataInputStream in = path.getFileSystem(conf.value()).open(path);
    CsvRecordReader reader;
    if (task.start() == 0) {
      reader = new CsvRecordReader(in);
      reader.next(); // the header, checked on the driver before any task ran
    } else {
      in.seek(task.start());
      reader = new CsvRecordReader(in, task.start(), task.linesBefore());
    }
    reader.expectFields(task.headerWidth());
    reader.stopAt(task.end());
    return new RowIterator(reader, task, new RowValidator(kind, reference, task.sourceIndex()));
  }

  /** Builds the parsed row of one record. Visible for tests. */
  static Row toRow(String fileName, RawRecord record, RowValidator validator, int valueCount) {
    Object[] row = new Object[IngestSchemas.metaColumnCount() + valueCount];
    row[0] = fileName;
    row[1] = record.line();
    row[2] = record.text(); // kept for accepted rows too: a later duplicate of the same id is quarantined with it
    List<Fault> faults;
    if (record.isMalformed()) {
      faults = List.of(record.malformation());
    } else {
      RowValidator.Result result = validator.validate(record.fields());
      faults = result.faults();
      if (result.accepted()) {
        System.arraycopy(result.values(), 0, row, IngestSchemas.metaColumnCount(), valueCount);
        return RowFactory.create(row);
      }
    }
    row[3] = joinCodes(faults);
    row[4] = joinMessages(faults);
    return RowFactory.create(row);
  }

  static String joinCodes(List<Fault> faults) {
    StringBuilder codes = new StringBuilder();
    for (Fault fault : faults) {
      String code = fault.code().name();
      if (!(";" + codes + ";").contains(";" + code + ";")) {
        codes.append(codes.length() == 0 ? "" : ";").append(code);
      }
    }
    return codes.toString();
  }

  static String joinMessages(List<Fault> faults) {
    StringBuilder messages = new StringBuilder();
    for (Fault fault : faults) {
      messages.append(messages.length() == 0 ? "" : "; ").append(fault.message());
    }
    return messages.toString();
  }

  private final class RowIterator implements Iterator<Row> {
    private final CsvRecordReader reader;
    private final ParseTask task;
    private final RowValidator validator;
    private final int valueCount;
    private final int idIndex;
    private final FileTally tally;
    private RawRecord next;

    RowIterator(CsvRecordReader reader, ParseTask task, RowValidator validator) {
      this.reader = reader;
      this.task = task;
      this.validator = validator;
      this.tally = new FileTally(task.fileName());
      this.valueCount = kind.columns().size() + IngestSchemas.derivedColumns(kind).size();
      this.idIndex = IngestSchemas.parsed(kind).fieldIndex(kind.idColumn());
      advance();
    }

    private void advance() {
      next = reader.next();
      if (next == null) {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (tallies != null) {
          tallies.add(tally);
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Row next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      Row row = toRow(task.fileName(), next, validator, valueCount);
      rowsRead.add(1);
      tally.count(row.getString(3), row.getString(idIndex));
      advance();
      return row;
    }
  }
}
