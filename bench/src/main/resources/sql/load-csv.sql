-- Load the input CSVs of the data contract (every declarations*.csv and seizures*.csv of the folder) and derive
-- what the pipeline derives: a declaration's waste_category from its HS code through hs_waste_map, the longest
-- matching prefix winning, OTHER when none matches. Generated benchmark data is all valid (the project's tests check
-- that every generated row is accepted), so no row is rejected here; seizures always carry their category.
CREATE TABLE hs_map AS
SELECT hs_prefix, waste_category FROM read_csv('${reference}/hs_waste_map.csv', header = true, all_varchar = true);

CREATE TABLE declarations AS
SELECT d.declaration_date, d.port, d.origin_country, d.destination_country, d.gross_kg, d.inspection_result,
       coalesce(m6.waste_category, m5.waste_category, m4.waste_category, m3.waste_category, m2.waste_category,
                'OTHER') AS waste_category
FROM read_csv('${input}/declarations*.csv', header = true, union_by_name = true,
              types = {'declaration_date': 'DATE', 'hs_code': 'VARCHAR', 'gross_kg': 'DECIMAL(22,6)',
                       'port': 'VARCHAR', 'origin_country': 'VARCHAR', 'destination_country': 'VARCHAR',
                       'inspection_result': 'VARCHAR'}) d
LEFT JOIN hs_map m6 ON m6.hs_prefix = substr(d.hs_code, 1, 6)
LEFT JOIN hs_map m5 ON m5.hs_prefix = substr(d.hs_code, 1, 5)
LEFT JOIN hs_map m4 ON m4.hs_prefix = substr(d.hs_code, 1, 4)
LEFT JOIN hs_map m3 ON m3.hs_prefix = substr(d.hs_code, 1, 3)
LEFT JOIN hs_map m2 ON m2.hs_prefix = substr(d.hs_code, 1, 2);

CREATE TABLE seizures AS
SELECT seizure_date, port, origin_country, destination_country, quantity_kg, pieces, waste_category
FROM read_csv('${input}/seizures*.csv', header = true, union_by_name = true,
              types = {'seizure_date': 'DATE', 'quantity_kg': 'DECIMAL(22,6)', 'pieces': 'BIGINT',
                       'port': 'VARCHAR', 'origin_country': 'VARCHAR', 'destination_country': 'VARCHAR',
                       'waste_category': 'VARCHAR'});
