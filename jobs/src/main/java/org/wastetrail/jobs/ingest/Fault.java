package org.wastetrail.jobs.ingest;

import java.io.Serializable;

/**
 * One broken rule of one input row: the reason code, the field it concerns ({@code null} for a record that could not
 * be read at all) and a plain sentence naming the field and value.
 */
public record Fault(ReasonCode code, String field, String message) implements Serializable {}
