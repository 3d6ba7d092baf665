-- pgbench: the SQL of GET /api/v1/identifiers/BANK_ACCOUNT/{value}/cases (count, page of ids, then the cases).
\set i random(1, 1000000)
SELECT count(DISTINCT case_id) FROM case_identifier
 WHERE kind = 'BANK_ACCOUNT' AND value = '6222' || lpad(((:i::bigint * 2 * 7919) % 700000)::text, 12, '0');
SELECT c.* FROM fraud_case c
 WHERE c.id IN (SELECT case_id FROM case_identifier WHERE kind = 'BANK_ACCOUNT'
                   AND value = '6222' || lpad(((:i::bigint * 2 * 7919) % 700000)::text, 12, '0'))
 ORDER BY c.number LIMIT 50;
