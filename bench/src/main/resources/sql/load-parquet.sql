-- Read the pipeline's Parquet warehouse (Hive-partitioned by year and month), as analyze does: the records there
-- are the accepted ones, each id once, with waste_category already derived.
CREATE TABLE declarations AS
SELECT declaration_date, port, origin_country, destination_country, CAST(gross_kg AS DECIMAL(22,6)) AS gross_kg,
       inspection_result, waste_category
FROM read_parquet('${warehouse}/declarations/**/*.parquet', hive_partitioning = true);

CREATE TABLE seizures AS
SELECT seizure_date, port, origin_country, destination_country, CAST(quantity_kg AS DECIMAL(22,6)) AS quantity_kg,
       pieces, waste_category
FROM read_parquet('${warehouse}/seizures/**/*.parquet', hive_partitioning = true);
