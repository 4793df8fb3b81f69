package org.wastetrail.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small input folders for tests. */
public final class InputFolder {
  public static final String DECLARATIONS_HEADER = "declaration_id,declaration_date,reporting_country,port,direction,"
      + "origin_country,destination_country,transit_countries,hs_code,goods_description,gross_kg,value_usd,trader_id,"
      + "licence_id,control_type,inspection_result";
  public static final String SEIZURES_HEADER = "seizure_id,seizure_date,reporting_country,port,direction,origin_country,"
      + "transit_countries,destination_country,conveyance,hs_code,basel_code,waste_category,quantity_kg,pieces,"
      + "detection_method,misdeclared_as,outcome,outcome_date,operation,declaration_id,notes";
  public static final String LICENCES_HEADER = "licence_id,trader_id,hs_prefix,quota_kg,valid_from,valid_to,port";
  public static final String CAMPAIGNS_HEADER =
      "campaign_id,name,start_date,end_date,scope_ports,participating_admins,description";

  private final Path dir;

  public InputFolder(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public String path() {
    return dir.toString();
  }

  /** Writes a file of lines joined by {@code \n}, with a final newline. */
  public Path write(String name, String... lines) {
    return writeBytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public Path writeBytes(String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A declaration line with the given id, date and kg; the rest realistic and valid. */
  public static String declaration(String id, String date, String kg) {
    return id + "," + date + ",MY,MYPKG,IMPORT,GB,MY,NL,391590,Mixed plastic scrap," + kg + ",1200,T001,,RANDOM,COMPLIANT";
  }
}
