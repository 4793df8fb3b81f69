package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty("spark.master");
    System.clearProperty("spark.master");
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty("spark.master");
    } else {
      System.setProperty("spark.master", saved);
    }
  }

  @Test
  @DisplayName("on its own, a command runs on local[*]")
  void localByDefault() {
    assertEquals("local[*]", SparkSessions.master(null));
  }

  @Test
  @DisplayName("under spark-submit, its --master is kept (it arrives as the system property spark.master)")
  void submittedMaster() {
    System.setProperty("spark.master", "spark://10.0.0.5:7077");
    assertEquals("spark://10.0.0.5:7077", SparkSessions.master(null));
  }

  @Test
  @DisplayName("--master passes through to Spark and wins over spark-submit's")
  void explicitMaster() {
    System.setProperty("spark.master", "yarn");
    assertEquals("k8s://https://10.0.0.1:6443", SparkSessions.master("k8s://https://10.0.0.1:6443"));
  }
}
