-- pgbench: the SQL of GET /api/v1/identifiers/BANK_ACCOUNT/{value}/cases: the first page of the cases holding the
-- value, by number, with their total in the same statement (as IdentifierRepository sends it).
\set i random(1, 1000000)
SELECT c.*, count(*) OVER () AS total FROM fraud_case c
 WHERE c.id IN (SELECT case_id FROM case_identifier WHERE kind = 'BANK_ACCOUNT'
                   AND value = '6222' || lpad(((:i::bigint * 2 * 7919) % 700000)::text, 12, '0'))
 ORDER BY c.number LIMIT 50;
