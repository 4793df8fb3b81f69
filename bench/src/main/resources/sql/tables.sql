-- The four tables of the data contract for MONTH, QUARTER and YEAR, with the pipeline's measures: seizures,
-- seized_kg (blank quantity counts 0), seized_pieces, declarations, declared_kg, inspections (COMPLIANT or VIOLATION),
-- violations, hit_rate and seizures per 1,000 inspections (empty without inspections), the median and the largest
-- seizure quantity. One row per key and period with at least one record.
CREATE TABLE facts AS
SELECT declaration_date AS record_date, port, origin_country, destination_country, waste_category,
       CAST(NULL AS DECIMAL(22,6)) AS seizure_kg, 0 AS seizures, CAST(0 AS DECIMAL(22,6)) AS seized_kg,
       CAST(0 AS BIGINT) AS seized_pieces, 1 AS declarations, gross_kg AS declared_kg,
       CAST(inspection_result IN ('COMPLIANT', 'VIOLATION') AS INTEGER) AS inspections,
       CAST(inspection_result = 'VIOLATION' AS INTEGER) AS violations
FROM declarations
UNION ALL
SELECT seizure_date, port, origin_country, destination_country, waste_category,
       quantity_kg, 1, coalesce(quantity_kg, 0), coalesce(pieces, 0), 0, 0, 0, 0
FROM seizures;

CREATE TABLE periodic AS
SELECT 'MONTH' AS period_type, strftime(record_date, '%Y-%m') AS period, * EXCLUDE (record_date) FROM facts
UNION ALL
SELECT 'QUARTER', CAST(year(record_date) AS VARCHAR) || '-Q' || CAST(quarter(record_date) AS VARCHAR),
       * EXCLUDE (record_date) FROM facts
UNION ALL
SELECT 'YEAR', CAST(year(record_date) AS VARCHAR), * EXCLUDE (record_date) FROM facts;
